// Reads a circles import file (CSV, one row per respondent) into circles, or into every problem as
// {row, column, message} an admin can act on, before anything is written. Never throws.
// The format is described in docs/import-format.md.
import { COLUMNS, REQUIRED_COLUMNS, clip, formatCount, makeCellChecker, shown, type TColumn } from "./columns";
import { readCsvRecords, type TCsvRecord } from "./csv-records";

export type TImportPerspective = { key: string; label: string; isPrimary: boolean; limitPerCircle: number };
export type TImportContext = {
  perspectives: TImportPerspective[];
  languages: string[];
  defaultLanguage: string;
  today: string /* YYYY-MM-DD */;
};
export type TImportRespondent = {
  row: number;
  perspectiveKey: string;
  relationship: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  language: string;
};
export type TImportCircle = {
  externalRef: string;
  site: string | null;
  unit: string | null;
  experienceDate: string | null;
  respondents: TImportRespondent[];
};
export type TImportError = {
  row: number /* 1-based line number in the file; 1 = header; 0 = the whole file */;
  column: string | null;
  message: string;
};
export type TImportResult = { circles: TImportCircle[]; rows: number; errors: TImportError[] };

const MEGABYTE = 1024 * 1024;
export const MAX_IMPORT_BYTES = 20 * MEGABYTE;
export const MAX_IMPORT_ROWS = 50_000;
export const MAX_CELL_LENGTH = 1_000;
const SPLIT = "split it into several files";
/** Errors listed before the rest are summed up in one "and N more". */
const MAX_ERRORS = 1_000;

const ATTRIBUTES = ["site", "unit", "experience_date"] as const;
type TAttribute = (typeof ATTRIBUTES)[number];

type THeader = {
  /** The column of each position; null for an unknown, repeated or unnamed one. */
  columns: (TColumn | null)[];
  /** Positions whose header cell is blank: a value under one is an error. */
  unnamed: Set<number>;
  present: Set<TColumn>;
  /** Positions up to the last named column: a row must have at least this many values. */
  namedWidth: number;
};

type TDraft = {
  externalRef: string;
  firstRow: number;
  attributes: Record<TAttribute, { value: string; row: number } | null>;
  /** Rows counted against each perspective's limit, in file order. */
  rowsByPerspective: Map<string, number[]>;
  respondents: TImportRespondent[];
};

function fileError(message: string): TImportResult {
  return { circles: [], rows: 0, errors: [{ row: 0, column: null, message }] };
}

/** UTF-8 size of a string without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // A surrogate pair is two UTF-16 units and four UTF-8 bytes.
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

function plural(count: number, word: string): string {
  return count === 1 ? word : `${word}s`;
}

/** The header row: which column each position is, and every problem with it. */
function readHeader(record: TCsvRecord, report: (row: number, column: string | null, message: string) => void): THeader | null {
  if (record.quoteError) {
    report(record.quoteError.line, null, `the header row could not be read: ${record.quoteError.message}`);
    return null;
  }
  const names = record.cells.map((cell) => cell.trim());
  const known = new Set<string>(COLUMNS);
  if (!names.some((name) => known.has(name.toLowerCase()))) {
    const only = names.length === 1 ? (names[0] ?? "") : "";
    const separator = only.includes(";") ? '";"' : only.includes("\t") ? "tabs" : null;
    report(
      record.line,
      null,
      separator
        ? `the values must be separated by commas; this file seems to use ${separator}`
        : `the first line must be the header row naming the columns (${COLUMNS.join(", ")}); it names none of them`,
    );
    return null;
  }
  const header: THeader = { columns: [], unnamed: new Set(), present: new Set(), namedWidth: 0 };
  names.forEach((name, position) => {
    const column = name.toLowerCase();
    header.columns.push(null);
    if (name === "") {
      header.unnamed.add(position);
      return;
    }
    header.namedWidth = position + 1;
    if (!known.has(column)) {
      report(record.line, clip(name), `unknown column ${shown(name)}; the columns are ${COLUMNS.join(", ")}`);
    } else if (header.present.has(column as TColumn)) {
      report(record.line, column, `the column ${column} appears more than once in the header row`);
    } else {
      header.present.add(column as TColumn);
      header.columns[position] = column as TColumn;
    }
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!header.present.has(column)) report(record.line, column, `missing required column ${column}`);
  }
  return header;
}

function parse(text: string, context: TImportContext): TImportResult {
  if (typeof text !== "string") return fileError("the file could not be read as text");
  // Characters never outnumber UTF-8 bytes, so the cheap check first.
  const bytes = text.length > MAX_IMPORT_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_IMPORT_BYTES) {
    // Rounded up, so that a file just over the limit never reads as "20.0 MB".
    const size = (Math.ceil((bytes / MEGABYTE) * 10) / 10).toFixed(1);
    return fileError(`the file is ${size} MB; an import file can be at most 20 MB: split it into smaller files`);
  }
  // Trailing blank lines carry nothing; dropping them first saves reading them one by one.
  const body = (text.startsWith("\uFEFF") ? text.slice(1) : text).trimEnd();
  const empty = "the file is empty: it needs a header row naming the columns, then one row per respondent";
  if (body === "") return fileError(empty);

  const check = makeCellChecker(context);
  const limits = new Map(context.perspectives.map((p) => [p.key, p.limitPerCircle]));
  const primaries = context.perspectives.filter((p) => p.isPrimary).map((p) => p.key);
  const errors: TImportError[] = [];
  const report = (row: number, column: string | null, message: string) => void errors.push({ row, column, message });

  let header: THeader | null = null;
  let headerUnreadable = false;
  let rows = 0;
  const drafts = new Map<string, TDraft>();
  /** Circles with a row whose perspective is unknown or unreadable: "no primary" would only add noise. */
  const unsure = new Set<string>();
  const rowByContent = new Map<string, number>();
  const reportedUnnamed = new Set<number>();

  const checkRow = (record: TCsvRecord, header: THeader) => {
    const { line, cells } = record;
    const refPosition = header.columns.indexOf("circle_ref");
    const refGuess = (cells[refPosition] ?? "").trim();
    if (record.quoteError) {
      const { line: quoteLine, columnIndex, message } = record.quoteError;
      report(quoteLine, header.columns[columnIndex] ?? null, message);
      unsure.add(refGuess);
      return;
    }
    const width = header.columns.length;
    const extra = cells.slice(width).some((cell) => cell.trim() !== "");
    if (cells.length < header.namedWidth || extra) {
      report(line, null, `this row has ${cells.length} ${plural(cells.length, "value")}; the header row has ${width} columns`);
      unsure.add(refGuess);
      return;
    }
    const content = cells.slice(0, width).map((cell) => cell.trim()).join("\u0000");
    const earlier = rowByContent.get(content);
    if (earlier !== undefined) {
      report(line, null, `this row repeats row ${earlier}: remove one of them`);
      return;
    }
    rowByContent.set(content, line);

    // undefined: the column is absent or its value is wrong (already reported); null: left blank.
    const values: Partial<Record<TColumn, string | null>> = {};
    cells.forEach((raw, position) => {
      const column = header.columns[position];
      if (!column) {
        if (header.unnamed.has(position) && raw.trim() !== "" && !reportedUnnamed.has(position)) {
          reportedUnnamed.add(position);
          const message = `this row has a value in column ${position + 1}, which has no name in the header row`;
          report(line, null, `${message}: name the column or remove the value`);
        }
        return;
      }
      if (raw.length > MAX_CELL_LENGTH) {
        report(line, column, `${formatCount(raw.length)} characters; at most ${formatCount(MAX_CELL_LENGTH)}`);
        return;
      }
      const result = check(column, raw);
      if (result.ok) values[column] = result.value;
      else report(line, column, result.message);
    });

    const ref = values.circle_ref;
    if (typeof ref !== "string") return;
    let draft = drafts.get(ref);
    if (!draft) {
      const attributes = { site: null, unit: null, experience_date: null };
      draft = { externalRef: ref, firstRow: line, attributes, rowsByPerspective: new Map(), respondents: [] };
      drafts.set(ref, draft);
    }
    for (const attribute of ATTRIBUTES) {
      const value = values[attribute];
      if (typeof value !== "string") continue;
      const current = draft.attributes[attribute];
      if (current === null) draft.attributes[attribute] = { value, row: line };
      else if (current.value !== value) {
        const conflict = `circle ${ref} has ${attribute} ${shown(current.value)} on row ${current.row}; this row says ${shown(value)}`;
        report(line, attribute, `${conflict}: the rows of a circle must agree (or leave it blank)`);
      }
    }
    const key = values.perspective;
    if (typeof key !== "string") {
      unsure.add(ref);
      return;
    }
    const counted = draft.rowsByPerspective.get(key) ?? [];
    const limit = limits.get(key) ?? 1;
    if (counted.length >= limit) {
      const n = counted.length;
      const already = `circle ${ref} already has ${n} ${key} ${plural(n, "respondent")} (${plural(n, "row")} ${counted.join(", ")})`;
      report(line, "perspective", `${already}; at most ${limit} per circle`);
    } else {
      counted.push(line);
      draft.rowsByPerspective.set(key, counted);
    }
    draft.respondents.push({
      row: line,
      perspectiveKey: key,
      relationship: values.relationship ?? null,
      name: values.name ?? null,
      email: values.email ?? null,
      phone: values.phone ?? null,
      language: values.language ?? context.defaultLanguage,
    });
  };

  readCsvRecords(body, (record) => {
    if (headerUnreadable) return;
    // Blank lines and rows of empty values (",,,") carry nothing, wherever they are.
    if (record.quoteError === null && record.cells.every((cell) => cell.trim() === "")) return;
    if (header === null) {
      header = readHeader(record, report);
      headerUnreadable = header === null;
      return;
    }
    rows++;
    // Past the limit rows are only counted, so that the message can say how many there are.
    if (rows <= MAX_IMPORT_ROWS) checkRow(record, header);
  });

  if (headerUnreadable) return { circles: [], rows: 0, errors };
  if (header === null) return fileError(empty);
  if (rows > MAX_IMPORT_ROWS) {
    return {
      circles: [],
      rows,
      errors: [
        {
          row: 0,
          column: null,
          message: `the file has ${formatCount(rows)} respondent rows; an import can have at most ${formatCount(MAX_IMPORT_ROWS)}: ${SPLIT}`,
        },
      ],
    };
  }
  if (rows === 0) report(0, null, "the file has a header row but no respondents: add one row per respondent below it");

  if (primaries.length > 0) {
    for (const draft of drafts.values()) {
      if (unsure.has(draft.externalRef) || primaries.some((key) => draft.rowsByPerspective.has(key))) continue;
      report(draft.firstRow, null, `circle ${draft.externalRef} has no ${primaries[0]} (the primary perspective)`);
    }
  }

  if (errors.length > 0) {
    // Stable: within a row, problems stay in the order of the row's columns, circle problems last.
    errors.sort((a, b) => a.row - b.row);
    if (errors.length > MAX_ERRORS) {
      const more = errors.length - MAX_ERRORS;
      errors.splice(MAX_ERRORS, more, {
        row: 0,
        column: null,
        message: `and ${formatCount(more)} more ${plural(more, "error")}: fix the ones listed and check the file again`,
      });
    }
    return { circles: [], rows, errors };
  }

  const circles = [...drafts.values()].map((draft) => ({
    externalRef: draft.externalRef,
    site: draft.attributes.site?.value ?? null,
    unit: draft.attributes.unit?.value ?? null,
    experienceDate: draft.attributes.experience_date?.value ?? null,
    respondents: draft.respondents,
  }));
  return { circles, rows, errors: [] };
}

/**
 * Checks a circles import file against the survey a wave sends. `circles` is filled only when
 * `errors` is empty: an import is all or nothing, so nothing may be written from a file with errors.
 * Circles come in the order of their first row, respondents in file order; a circle is matched to an
 * existing one of the wave by `externalRef` (case-sensitive), so importing a file again updates them.
 */
export function parseCirclesCsv(text: string, context: TImportContext): TImportResult {
  try {
    return parse(text, context);
  } catch {
    // Nothing here should throw; if it ever does (a malformed context), refuse rather than crash.
    return fileError("the file could not be checked: try again, and tell us if it keeps happening");
  }
}
