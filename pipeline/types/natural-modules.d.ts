/**
 * Types for the single natural modules muctieu imports. The package root must never be
 * imported (it reads .env and prints to stdout), and its bundled types only describe the root,
 * so the few modules used are declared here one by one.
 */
declare module 'natural/lib/natural/tfidf/tfidf.js' {
  class TfIdf {
    constructor();
    documents: Array<Record<string, number>>;
    /** 1 + ln(N / (1 + df)): natural's inverse document frequency. */
    idf(term: string, force?: boolean): number;
    addDocument(document: string[] | string, key?: unknown, restoreCache?: boolean): void;
    tfidf(terms: string[] | string, d: number): number;
    tfidfs(terms: string[] | string): number[];
  }
  export default TfIdf;
}

declare module 'natural/lib/natural/distance/dice_coefficient.js' {
  /** Sørensen–Dice coefficient over character bigrams, in [0, 1]. */
  function diceCoefficient(a: string, b: string): number;
  export default diceCoefficient;
}

declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro–Winkler similarity in [0, 1] (1 = identical), despite the name. */
  function jaroWinklerDistance(a: string, b: string, options?: { ignoreCase?: boolean; dj?: number }): number;
  export default jaroWinklerDistance;
}
