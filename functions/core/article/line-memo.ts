// The line readers' answers, remembered for one parse. Several rules ask the same question about the same line (and a
// reader asks about a part of a line that another has already read, a bar's item, a field, a sentence): the readers
// are pure functions of the text, so within one parse each answer is worked out once. The tables live only while
// withLineMemo runs (parseArticle's build): nothing is kept between parses, and a reader called outside a parse (a
// test) works its answer out every time, as before.

let tables: Map<string, Map<string, unknown>> | undefined;

/** Run `build` with the readers' answers remembered until it returns. */
export function withLineMemo<T>(build: () => T): T {
  if (tables) return build();
  tables = new Map();
  try {
    return build();
  } finally {
    tables = undefined;
  }
}

/**
 * `read(text)`, or the answer it gave for this text earlier in the same parse. The answer is shared: callers copy it
 * before changing it (they all do: `{ ...line, meta: { ... } }`).
 */
export function remembered<T>(reader: string, text: string, read: (text: string) => T): T {
  if (!tables) return read(text);
  let table = tables.get(reader) as Map<string, T> | undefined;
  if (!table) {
    table = new Map();
    tables.set(reader, table);
  }
  if (table.has(text)) return table.get(text) as T;
  const answer = read(text);
  table.set(text, answer);
  return answer;
}
