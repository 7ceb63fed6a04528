/** A chat command: the words that trigger it and the card it answers a known person with. */
import type { CardJson } from '../../views/templates';
import type { WorkflowDeps } from '../workflow-deps';

export interface CommandTurn {
  /** The acting person's email (unknown people are answered before a command runs). */
  actor: string;
  text: string;
  /** Their Teams user id, for cards that refresh for them (null when the channel gives none). */
  userId: string | null;
  deps: WorkflowDeps;
}

export interface ChatCommand {
  pattern: RegExp;
  run(turn: CommandTurn): Promise<CardJson>;
}

/** The whole message is the command, in any case, with an optional full stop or "!" (alternatives grouped, so each is anchored). */
export function command(words: string): RegExp {
  return new RegExp(`^\\s*(?:${words})\\s*[.!]?\\s*$`, 'i');
}
