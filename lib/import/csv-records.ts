// Reads CSV text record by record with papaparse, adding what papaparse does not give: the line each
// record starts on, and quote errors placed at the line and column of the broken value.
import Papa from "papaparse";

export type TCsvQuoteError = {
  /** The 1-based line of the quote that opens the broken value. */
  line: number;
  /** The 0-based position of the broken value in its record. */
  columnIndex: number;
  message: string;
};

export type TCsvRecord = { line: number; cells: string[]; quoteError: TCsvQuoteError | null };

const QUOTE_MESSAGES: Record<string, string> = {
  MissingQuotes:
    'a quoted value opens here but its closing quote (") is missing, so the rest of the file was read as part of it',
  InvalidQuotes: 'a quoted value has text after its closing quote: inside a quoted value, write a quote as two quotes ("")',
};

/** Counts the line breaks in text[from, to). */
function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = text.indexOf("\n", from); at !== -1 && at < to; at = text.indexOf("\n", at + 1)) count++;
  return count;
}

/** The 0-based column of the value starting at `at`, counting commas outside quotes from the record's start. */
function columnIndexAt(text: string, recordStart: number, at: number): number {
  let column = 0;
  let quoted = false;
  for (let i = recordStart; i < at; i++) {
    const char = text.charCodeAt(i);
    // A doubled quote inside a quoted value toggles twice: the state stays right.
    if (char === 34) quoted = !quoted;
    else if (char === 44 && !quoted) column++;
  }
  return column;
}

/**
 * Calls onRecord for every record of `text` (BOM already removed), in order. Line endings may be
 * CRLF, LF or CR, mixed; they are read as LF, so a carriage return inside a quoted value becomes a
 * line break too. Never throws for any string.
 */
export function readCsvRecords(text: string, onRecord: (record: TCsvRecord) => void): void {
  const body = text.replace(/\r\n?/g, "\n");
  let recordStart = 0;
  let line = 1;
  Papa.parse<string[]>(body, {
    delimiter: ",",
    newline: "\n",
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    step: (result) => {
      const end = result.meta.cursor;
      const cells = Array.isArray(result.data) ? result.data.map((cell) => String(cell)) : [];
      const error = result.errors.find((e) => e.type === "Quotes");
      let quoteError: TCsvQuoteError | null = null;
      if (error) {
        // papaparse's index is where the value starts, just after its opening quote.
        const quoteAt = Math.max(recordStart, Math.min((error.index ?? recordStart + 1) - 1, body.length));
        quoteError = {
          line: line + countNewlines(body, recordStart, quoteAt),
          columnIndex: columnIndexAt(body, recordStart, quoteAt),
          message: QUOTE_MESSAGES[error.code] ?? `the value could not be read: ${error.message}`,
        };
      }
      onRecord({ line, cells, quoteError });
      line += countNewlines(body, recordStart, end);
      recordStart = end;
    },
  });
}
