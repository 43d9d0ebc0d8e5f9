// wink-porter2-stemmer ships no type declarations: one function, word → Porter2 (Snowball English) stem.
declare module 'wink-porter2-stemmer' {
  export default function stem(word: string): string;
}
