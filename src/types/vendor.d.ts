// Type declarations for small libraries that ship none.
declare module 'wink-porter2-stemmer' {
  export default function stem(word: string): string;
}
declare module 'damerau-levenshtein' {
  export default function distance(a: string, b: string): { steps: number; relative: number; similarity: number };
}
