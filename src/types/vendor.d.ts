// Type declarations for small libraries that ship none.
declare module 'wink-porter2-stemmer' {
  export default function stem(word: string): string;
}
