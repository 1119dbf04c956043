import { describe, expect, it } from "vitest";
import {
  MAX_CELL_LENGTH,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_ROWS,
  parseCirclesCsv,
  type TImportContext,
  type TImportError,
  type TImportRespondent,
} from "./circles-csv";

const context: TImportContext = {
  perspectives: [
    { key: "patient", label: "Patient", isPrimary: true, limitPerCircle: 1 },
    { key: "family", label: "Family member", isPrimary: false, limitPerCircle: 2 },
    { key: "staff", label: "Staff", isPrimary: false, limitPerCircle: 3 },
  ],
  languages: ["en", "es"],
  defaultLanguage: "en",
  today: "2025-06-30",
};

const COLUMNS = ["circle_ref", "site", "unit", "experience_date", "perspective", "relationship", "name", "email", "phone", "language"];
const HEADER = COLUMNS.join(",");

type TRow = Partial<Record<(typeof COLUMNS)[number], string>>;

/** One CSV line in HEADER's order; values are written as given (quote them yourself when needed). */
const row = (values: TRow) => COLUMNS.map((column) => values[column] ?? "").join(",");
/** A file: the header, then the rows, LF line endings. */
const file = (...rows: TRow[]) => [HEADER, ...rows.map(row)].join("\n") + "\n";
const patient = (ref: string, more: TRow = {}): TRow => ({ circle_ref: ref, perspective: "patient", ...more });
const errorsOf = (text: string) => parseCirclesCsv(text, context).errors;
const error = (row: number, column: string | null, message: string): TImportError => ({ row, column, message });

const FORMULA = "a value may not start with =, +, -, @, a tab or a line break";

describe("parseCirclesCsv: a valid file", () => {
  const text = file(
    patient("RH-1", { site: "St Mary's", unit: "Ward 3", experience_date: "2025-05-02", name: "Ann Lee", email: "ann@example.org" }),
    { circle_ref: "RH-1", perspective: "family", relationship: "daughter", name: "Beth Lee", phone: "+44 (0)7700-900 123", language: "es" },
    { circle_ref: "RH-1", perspective: "Staff", relationship: "nurse" },
    { circle_ref: "RH-2", unit: "ICU", perspective: "Family Member" },
    patient("RH-2", { site: "North", unit: "ICU", language: "ES" }),
  );

  it("groups rows into circles with their respondents, filling defaults", () => {
    expect(parseCirclesCsv(text, context)).toEqual({
      rows: 5,
      errors: [],
      circles: [
        {
          externalRef: "RH-1",
          site: "St Mary's",
          unit: "Ward 3",
          experienceDate: "2025-05-02",
          respondents: [
            { row: 2, perspectiveKey: "patient", relationship: null, name: "Ann Lee", email: "ann@example.org", phone: null, language: "en" },
            { row: 3, perspectiveKey: "family", relationship: "daughter", name: "Beth Lee", email: null, phone: "+4407700900123", language: "es" },
            { row: 4, perspectiveKey: "staff", relationship: "nurse", name: null, email: null, phone: null, language: "en" },
          ],
        },
        {
          externalRef: "RH-2",
          site: "North",
          unit: "ICU",
          experienceDate: null,
          respondents: [
            { row: 5, perspectiveKey: "family", relationship: null, name: null, email: null, phone: null, language: "en" },
            { row: 6, perspectiveKey: "patient", relationship: null, name: null, email: null, phone: null, language: "es" },
          ],
        },
      ],
    });
  });

  it("reads the example of docs/import-format.md as it describes", () => {
    const example = [
      HEADER,
      "RH-2025-0001,St Mary's,Ward 3,2025-05-02,patient,,Ann Lee,ann.lee@example.org,,",
      "RH-2025-0001,,,,family,daughter,Beth Lee,,+44 7700 900123,",
      'RH-2025-0001,,,,Family member,son,"Lee, Carl",carl@example.org,,es',
      "RH-2025-0001,,,,staff,named nurse,,,,",
      "RH-2025-0002,St Mary's,ICU,2025-05-03,Patient,,,,+34 600 123 456,es",
    ].join("\n");
    const respondent = (row: number, perspectiveKey: string, more: Partial<TImportRespondent> = {}): TImportRespondent => ({
      row,
      perspectiveKey,
      relationship: null,
      name: null,
      email: null,
      phone: null,
      language: "en",
      ...more,
    });
    expect(parseCirclesCsv(example, context)).toEqual({
      rows: 5,
      errors: [],
      circles: [
        {
          externalRef: "RH-2025-0001",
          site: "St Mary's",
          unit: "Ward 3",
          experienceDate: "2025-05-02",
          respondents: [
            respondent(2, "patient", { name: "Ann Lee", email: "ann.lee@example.org" }),
            respondent(3, "family", { relationship: "daughter", name: "Beth Lee", phone: "+447700900123" }),
            respondent(4, "family", { relationship: "son", name: "Lee, Carl", email: "carl@example.org", language: "es" }),
            respondent(5, "staff", { relationship: "named nurse" }),
          ],
        },
        {
          externalRef: "RH-2025-0002",
          site: "St Mary's",
          unit: "ICU",
          experienceDate: "2025-05-03",
          respondents: [respondent(6, "patient", { phone: "+34600123456", language: "es" })],
        },
      ],
    });
    const phone = parseCirclesCsv(file(patient("RH-1", { phone: "+44 (0)20 7946-0000" })), context);
    expect(phone.circles[0]?.respondents[0]?.phone).toBe("+4402079460000");
  });

  it("reads a BOM, CRLF, trailing empty lines and padded cells the same way", () => {
    const padded = text
      .trimEnd()
      .split("\n")
      .map((line) => line.split(",").map((cell) => (cell === "" ? cell : ` ${cell}  `)).join(","))
      .join("\r\n");
    expect(parseCirclesCsv(`\uFEFF${padded}\r\n\r\n\r\n`, context)).toEqual(parseCirclesCsv(text, context));
    expect(parseCirclesCsv(text.replace(/\n/g, "\r"), context)).toEqual(parseCirclesCsv(text, context));
  });

  it("accepts header names in any case and any order, and only the required columns", () => {
    const result = parseCirclesCsv("Perspective,NAME,Circle_Ref\npatient,Ann,RH-1\nfamily,,RH-1\n", context);
    expect(result.errors).toEqual([]);
    expect(result.circles).toEqual([
      {
        externalRef: "RH-1",
        site: null,
        unit: null,
        experienceDate: null,
        respondents: [
          { row: 2, perspectiveKey: "patient", relationship: null, name: "Ann", email: null, phone: null, language: "en" },
          { row: 3, perspectiveKey: "family", relationship: null, name: null, email: null, phone: null, language: "en" },
        ],
      },
    ]);
  });

  it("ignores blank lines and rows of empty values anywhere, and keeps counting lines", () => {
    const result = parseCirclesCsv(`circle_ref,perspective,email\n\nRH-1,patient,\n,,\n  \nRH-2,patient,bad\n`, context);
    expect(result.rows).toBe(2);
    expect(result.errors).toEqual([error(6, "email", '"bad" is not a valid email address')]);
  });

  it("reads quoted values with commas, doubled quotes and a quote inside an unquoted value", () => {
    const result = parseCirclesCsv('circle_ref,perspective,name,unit\nRH-1,patient,"Lee, Ann ""Annie""",O"Neill wing\n', context);
    expect(result.errors).toEqual([]);
    expect(result.circles[0]?.respondents[0]?.name).toBe('Lee, Ann "Annie"');
    expect(result.circles[0]?.unit).toBe('O"Neill wing');
  });

  it("accepts blank site, unit and date on all but one row of a circle, and the same value repeated", () => {
    const result = parseCirclesCsv(
      file(
        { circle_ref: "RH-1", perspective: "family" },
        patient("RH-1", { site: "North", experience_date: "2025-01-01" }),
        { circle_ref: "RH-1", perspective: "staff", site: "North", unit: "A" },
      ),
      context,
    );
    expect(result.errors).toEqual([]);
    expect(result.circles.map(({ site, unit, experienceDate }) => ({ site, unit, experienceDate }))).toEqual([
      { site: "North", unit: "A", experienceDate: "2025-01-01" },
    ]);
  });

  it("keeps circle references case-sensitive and allows . _ / -", () => {
    const result = parseCirclesCsv(file(patient("rh.1/a_b-c"), patient("RH.1/A_B-C")), context);
    expect(result.errors).toEqual([]);
    expect(result.circles.map((c) => c.externalRef)).toEqual(["rh.1/a_b-c", "RH.1/A_B-C"]);
  });

  it("parses 10,000 respondent rows with no errors", () => {
    const lines = [HEADER];
    for (let i = 0; i < 5000; i++) {
      const circle = { site: "North", unit: `Ward ${i % 20}`, experience_date: "2025-03-14" };
      const contact = { name: `Patient ${i}`, email: `p${i}@example.org`, phone: "+44 7700 900123" };
      lines.push(row(patient(`RH-${i}`, { ...circle, ...contact })));
      lines.push(row({ circle_ref: `RH-${i}`, perspective: "family", relationship: "son", name: `Relative ${i}`, language: "es" }));
    }
    const result = parseCirclesCsv(lines.join("\r\n"), context);
    expect(result.errors).toEqual([]);
    expect(result.rows).toBe(10_000);
    expect(result.circles).toHaveLength(5000);
    expect(result.circles[4999]).toEqual({
      externalRef: "RH-4999",
      site: "North",
      unit: "Ward 19",
      experienceDate: "2025-03-14",
      respondents: [
        {
          row: 10_000,
          perspectiveKey: "patient",
          relationship: null,
          name: "Patient 4999",
          email: "p4999@example.org",
          phone: "+447700900123",
          language: "en",
        },
        { row: 10_001, perspectiveKey: "family", relationship: "son", name: "Relative 4999", email: null, phone: null, language: "es" },
      ],
    });
  });
});

describe("parseCirclesCsv: the file as a whole", () => {
  it("refuses an empty file", () => {
    const empty = [error(0, null, "the file is empty: it needs a header row naming the columns, then one row per respondent")];
    for (const text of ["", "\uFEFF", " \n\r\n\n", ",,,\n,,"]) {
      expect(parseCirclesCsv(text, context)).toEqual({ circles: [], rows: 0, errors: empty });
    }
  });

  it("refuses a header with no rows", () => {
    expect(parseCirclesCsv(`${HEADER}\r\n\r\n`, context)).toEqual({
      circles: [],
      rows: 0,
      errors: [error(0, null, "the file has a header row but no respondents: add one row per respondent below it")],
    });
  });

  it("refuses a file over 20 MB, counting UTF-8 bytes", () => {
    expect(MAX_IMPORT_BYTES).toBe(20 * 1024 * 1024);
    const tooBig = [error(0, null, "the file is 20.1 MB; an import file can be at most 20 MB: split it into smaller files")];
    expect(parseCirclesCsv("a".repeat(MAX_IMPORT_BYTES + 1), context)).toEqual({ circles: [], rows: 0, errors: tooBig });
    // Fewer characters than the limit, but two bytes each.
    expect(parseCirclesCsv("é".repeat(MAX_IMPORT_BYTES / 2 + 1), context)).toEqual({ circles: [], rows: 0, errors: tooBig });
  });

  it("refuses more than 50,000 rows, saying how many there are", () => {
    expect(MAX_IMPORT_ROWS).toBe(50_000);
    const lines = ["circle_ref,perspective"];
    for (let i = 1; i <= 50_001; i++) lines.push(`RH-${i},patient`);
    expect(parseCirclesCsv(lines.join("\n"), context)).toEqual({
      circles: [],
      rows: 50_001,
      errors: [error(0, null, "the file has 50,001 respondent rows; an import can have at most 50,000: split it into several files")],
    });
    const atLimit = parseCirclesCsv(lines.slice(0, -1).join("\n"), context);
    expect(atLimit.errors).toEqual([]);
    expect(atLimit.circles).toHaveLength(50_000);
  });

  it("lists every error, capped at 1,000 with a final count of the rest", () => {
    const rows: TRow[] = [];
    for (let i = 0; i < 1200; i++) rows.push(patient(`RH-${i}`, { email: "nope" }));
    const result = parseCirclesCsv(file(...rows), context);
    expect(result.rows).toBe(1200);
    expect(result.errors).toHaveLength(1001);
    expect(result.errors[0]).toEqual(error(2, "email", '"nope" is not a valid email address'));
    expect(result.errors[999]).toEqual(error(1001, "email", '"nope" is not a valid email address'));
    expect(result.errors[1000]).toEqual(error(0, null, "and 200 more errors: fix the ones listed and check the file again"));
  });

  it("lists errors in row order, whatever found them", () => {
    const text = file({ circle_ref: "RH-1", perspective: "family" }, patient("RH-2", { email: "x" }));
    expect(errorsOf(text)).toEqual([
      error(2, null, "circle RH-1 has no patient (the primary perspective)"),
      error(3, "email", '"x" is not a valid email address'),
    ]);
  });

  it("never throws, whatever it is given", () => {
    const pieces = ['"', ",", "\n", "\r", "\r\n", "=", "+", "-", "@", "\t", " ", ";", "\u0000", "\uFEFF", "é"];
    pieces.push("RH-1", "patient", "family", "circle_ref", "perspective", "email", "a@b.org");
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (let n = 0; n < 2000; n++) {
      let text = n % 2 === 0 ? "circle_ref,perspective,name\n" : "";
      const length = Math.floor(random() * 40);
      for (let i = 0; i < length; i++) text += pieces[Math.floor(random() * pieces.length)];
      const result = parseCirclesCsv(text, context);
      expect(Array.isArray(result.errors)).toBe(true);
      expect(result.circles.length === 0 || result.errors.length === 0).toBe(true);
    }
    const unreadable = [error(0, null, "the file could not be read as text")];
    expect(parseCirclesCsv(null as unknown as string, context).errors).toEqual(unreadable);
    expect(parseCirclesCsv(42 as unknown as string, context).errors).toEqual(unreadable);
    expect(parseCirclesCsv("circle_ref,perspective\nRH-1,patient\n", {} as TImportContext).errors).toEqual([
      error(0, null, "the file could not be checked: try again, and tell us if it keeps happening"),
    ]);
  });
});

describe("parseCirclesCsv: the header row", () => {
  it("names each missing required column", () => {
    expect(errorsOf("site,name\nNorth,Ann\n")).toEqual([
      error(1, "circle_ref", "missing required column circle_ref"),
      error(1, "perspective", "missing required column perspective"),
    ]);
  });

  it("still checks the other columns when a required one is missing", () => {
    expect(errorsOf("circle_ref,email\nRH-1,a@b\n")).toEqual([
      error(1, "perspective", "missing required column perspective"),
      error(2, "email", '"a@b" is not a valid email address'),
    ]);
  });

  it("names each unknown column", () => {
    expect(errorsOf("circle_ref,perspective,emial,Ward\nRH-1,patient,a@b.org,3\n")).toEqual([
      error(1, "emial", `unknown column "emial"; the columns are ${COLUMNS.join(", ")}`),
      error(1, "Ward", `unknown column "Ward"; the columns are ${COLUMNS.join(", ")}`),
    ]);
  });

  it("refuses a column named twice", () => {
    expect(errorsOf("circle_ref,perspective,Email,email\nRH-1,patient,,\n")).toEqual([
      error(1, "email", "the column email appears more than once in the header row"),
    ]);
  });

  it("refuses a file whose first line is not a header, once", () => {
    expect(parseCirclesCsv("RH-1,,,,patient\nRH-2,,,,patient\n", context)).toEqual({
      circles: [],
      rows: 0,
      errors: [error(1, null, `the first line must be the header row naming the columns (${COLUMNS.join(", ")}); it names none of them`)],
    });
  });

  it("explains a file separated by semicolons or tabs", () => {
    expect(errorsOf("circle_ref;perspective\nRH-1;patient\n")).toEqual([
      error(1, null, 'the values must be separated by commas; this file seems to use ";"'),
    ]);
    expect(errorsOf("circle_ref\tperspective\nRH-1\tpatient\n")).toEqual([
      error(1, null, "the values must be separated by commas; this file seems to use tabs"),
    ]);
  });

  it("ignores an unnamed column left empty, and refuses a value under one", () => {
    expect(errorsOf("circle_ref,,perspective,\nRH-1,,patient,\nRH-2,,patient\n")).toEqual([]);
    expect(errorsOf("circle_ref,,perspective\nRH-1,,patient\nRH-2,x,patient\nRH-3,y,patient\n")).toEqual([
      error(3, null, "this row has a value in column 2, which has no name in the header row: name the column or remove the value"),
    ]);
  });

  it("refuses a header row with a broken quote, and reads nothing after it", () => {
    expect(parseCirclesCsv('\n"circle_ref" x,perspective\nRH-1,patient\n', context)).toEqual({
      circles: [],
      rows: 0,
      errors: [
        error(2, null, 'the header row could not be read: a quoted value has text after its closing quote: inside a quoted value, write a quote as two quotes ("")'),
      ],
    });
  });

  it("clips a huge unknown column name", () => {
    const name = "x".repeat(5000);
    expect(errorsOf(`circle_ref,perspective,${name}\nRH-1,patient,1\n`)).toEqual([
      error(1, `${"x".repeat(37)}…`, `unknown column "${"x".repeat(37)}…"; the columns are ${COLUMNS.join(", ")}`),
    ]);
  });
});

describe("parseCirclesCsv: rows", () => {
  it("refuses a row with too few or too many values, and accepts extra empty ones", () => {
    expect(errorsOf("circle_ref,perspective,name\nRH-1,patient\nRH-2,patient,Ann,x\nRH-3,patient,Bo,,\n")).toEqual([
      error(2, null, "this row has 2 values; the header row has 3 columns"),
      error(3, null, "this row has 4 values; the header row has 3 columns"),
    ]);
  });

  it("refuses a duplicate row, reporting it once", () => {
    expect(errorsOf(file(patient("RH-1", { name: "Ann" }), patient("RH-2"), patient("RH-1", { name: " Ann " })))).toEqual([
      error(4, null, "this row repeats row 2: remove one of them"),
    ]);
  });

  it("refuses an unterminated quoted value at the line and column it opens", () => {
    const text = 'circle_ref,perspective,name\nRH-1,patient,Ann\nRH-2,patient,"Bo\nRH-3,patient,Cy\n';
    expect(parseCirclesCsv(text, context)).toEqual({
      circles: [],
      rows: 2,
      errors: [
        error(3, "name", 'a quoted value opens here but its closing quote (") is missing, so the rest of the file was read as part of it'),
      ],
    });
  });

  it("refuses a stray quote after a quoted value", () => {
    expect(errorsOf('circle_ref,perspective,name\nRH-1,patient,"Ann" Lee\n')).toEqual([
      error(2, "name", 'a quoted value has text after its closing quote: inside a quoted value, write a quote as two quotes ("")'),
    ]);
  });

  it("counts lines inside quoted values, so later rows keep their line numbers", () => {
    const text = 'circle_ref,perspective,relationship,email\nRH-1,patient,"line\none",\nRH-2,patient,,bad\n';
    expect(errorsOf(text)).toEqual([
      error(2, "relationship", "contains a line break, a tab or another control character: remove it"),
      error(4, "email", '"bad" is not a valid email address'),
    ]);
  });
});

describe("parseCirclesCsv: values", () => {
  it("refuses a cell over MAX_CELL_LENGTH without echoing it", () => {
    expect(MAX_CELL_LENGTH).toBe(1000);
    const rows: TRow[] = [patient("RH-1"), patient("RH-2"), patient("RH-3"), patient("RH-4"), patient("RH-5")];
    rows.push(patient("RH-6", { name: "A".repeat(5_000_000) }));
    const result = parseCirclesCsv(file(...rows), context);
    expect(result).toEqual({ circles: [], rows: 6, errors: [error(7, "name", "5,000,000 characters; at most 1,000")] });
    expect(JSON.stringify(result).length).toBeLessThan(1000);
  });

  it("refuses a missing or malformed circle_ref", () => {
    expect(errorsOf(file({ perspective: "patient" }, patient("RH 1"), patient("RH#1"), patient("R".repeat(101))))).toEqual([
      error(2, "circle_ref", "missing: every row needs the circle's external reference"),
      error(3, "circle_ref", '"RH 1" may use only letters A–Z, digits and . _ / - (no spaces)'),
      error(4, "circle_ref", '"RH#1" may use only letters A–Z, digits and . _ / - (no spaces)'),
      error(5, "circle_ref", "101 characters; at most 100"),
    ]);
  });

  it("limits the length of each text column", () => {
    const text = file(
      patient("RH-1", { site: "s".repeat(101), unit: "u".repeat(101) }),
      patient("RH-2", { relationship: "r".repeat(61), name: "n".repeat(201) }),
      patient("RH-3", { site: "s".repeat(100), unit: "u".repeat(100), relationship: "r".repeat(60), name: "n".repeat(200) }),
      patient("RH-4", { email: `${"e".repeat(243)}@example.org` }),
      patient("RH-5", { email: `${"e".repeat(64)}@${"d".repeat(177)}.example.org` }),
    );
    expect(errorsOf(text)).toEqual([
      error(2, "site", "101 characters; at most 100"),
      error(2, "unit", "101 characters; at most 100"),
      error(3, "relationship", "61 characters; at most 60"),
      error(3, "name", "201 characters; at most 200"),
      error(5, "email", "255 characters; at most 254"),
    ]);
  });

  it("checks email addresses", () => {
    const text = file(
      patient("RH-1", { email: "ann.lee+ward@nhs.example.co.uk" }),
      patient("RH-2", { email: "ann@" }),
      patient("RH-3", { email: "ann lee@example.org" }),
      patient("RH-4", { email: "ann@example" }),
    );
    expect(errorsOf(text)).toEqual([
      error(3, "email", '"ann@" is not a valid email address'),
      error(4, "email", '"ann lee@example.org" is not a valid email address'),
      error(5, "email", '"ann@example" is not a valid email address'),
    ]);
  });

  it("checks phone numbers and strips their separators", () => {
    const message = (value: string) =>
      `"${value}" is not a phone number in international form: + then 8 to 15 digits (e.g. +44 7700 900123)`;
    const text = file(
      patient("RH-1", { phone: "+1 (555) 010-9999" }),
      patient("RH-2", { phone: "07700 900123" }),
      patient("RH-3", { phone: "+44 77" }),
      patient("RH-4", { phone: "+1234567890123456" }),
      patient("RH-5", { phone: "+44 7700 9001x3" }),
      patient("RH-6", { phone: "+12345678" }),
    );
    expect(errorsOf(text)).toEqual([
      error(3, "phone", message("07700 900123")),
      error(4, "phone", message("+44 77")),
      error(5, "phone", message("+1234567890123456")),
      error(6, "phone", `looks like a spreadsheet formula (it starts with "+"); ${FORMULA}`),
    ]);
    const accepted = parseCirclesCsv(file(patient("RH-1", { phone: "+1 (555) 010-9999" })), context);
    expect(accepted.circles[0]?.respondents[0]?.phone).toBe("+15550109999");
  });

  it("checks experience dates against today", () => {
    const text = file(
      patient("RH-1", { experience_date: "2024-02-29" }),
      patient("RH-2", { experience_date: "2025-06-30" }),
      patient("RH-3", { experience_date: "03/12/2024" }),
      patient("RH-4", { experience_date: "2024-3-12" }),
      patient("RH-5", { experience_date: "2023-02-29" }),
      patient("RH-6", { experience_date: "2024-13-01" }),
      patient("RH-7", { experience_date: "2024-04-31" }),
      patient("RH-8", { experience_date: "2025-07-01" }),
      patient("RH-9", { experience_date: "0024-01-01" }),
    );
    expect(errorsOf(text)).toEqual([
      error(4, "experience_date", '"03/12/2024" is not a date in the form YYYY-MM-DD (e.g. 2024-03-12)'),
      error(5, "experience_date", '"2024-3-12" is not a date in the form YYYY-MM-DD (e.g. 2024-03-12)'),
      error(6, "experience_date", "2023-02-29 is not a real date"),
      error(7, "experience_date", "2024-13-01 is not a real date"),
      error(8, "experience_date", "2024-04-31 is not a real date"),
      error(9, "experience_date", "2025-07-01 is in the future (today is 2025-06-30)"),
      error(10, "experience_date", "0024-01-01 is before 1900: check the year"),
    ]);
  });

  it("refuses an unknown or missing perspective, naming the survey's", () => {
    expect(errorsOf(file(patient("RH-1"), { circle_ref: "RH-1", perspective: "nurse" }, { circle_ref: "RH-1" }))).toEqual([
      error(3, "perspective", 'unknown perspective "nurse"; this survey has patient, family, staff'),
      error(4, "perspective", "missing: one of patient, family, staff"),
    ]);
  });

  it("accepts a perspective by key or English label, in any case", () => {
    const text = file(patient("RH-1"), { circle_ref: "RH-2", perspective: "PATIENT" }, { circle_ref: "RH-3", perspective: "pAtIeNt" });
    const withLabels = file(
      { circle_ref: "RH-1", perspective: "Patient" },
      { circle_ref: "RH-1", perspective: "family member" },
      { circle_ref: "RH-1", perspective: "FAMILY" },
      { circle_ref: "RH-1", perspective: "staff" },
    );
    expect(parseCirclesCsv(text, context).circles.map((c) => c.respondents[0]?.perspectiveKey)).toEqual(["patient", "patient", "patient"]);
    const keys = parseCirclesCsv(withLabels, context).circles[0]?.respondents.map((r) => r.perspectiveKey);
    expect(keys).toEqual(["patient", "family", "family", "staff"]);
  });

  it("prefers a perspective's key over another's label", () => {
    const swapped: TImportContext = {
      ...context,
      perspectives: [
        { key: "patient", label: "Patient", isPrimary: true, limitPerCircle: 1 },
        { key: "family", label: "Carer", isPrimary: false, limitPerCircle: 1 },
        { key: "carer", label: "Family", isPrimary: false, limitPerCircle: 1 },
      ],
    };
    const result = parseCirclesCsv("circle_ref,perspective\nRH-1,patient\nRH-1,family\nRH-1,carer\n", swapped);
    expect(result.circles[0]?.respondents.map((r) => r.perspectiveKey)).toEqual(["patient", "family", "carer"]);
  });

  it("checks languages, in any case, with the survey's default for a blank", () => {
    const result = parseCirclesCsv(file(patient("RH-1", { language: "En" }), patient("RH-2", { language: "" })), context);
    expect(result.circles.map((c) => c.respondents[0]?.language)).toEqual(["en", "en"]);
    expect(errorsOf(file(patient("RH-1", { language: "fr" }), patient("RH-2", { language: "english" })))).toEqual([
      error(2, "language", 'unknown language "fr"; this survey is in en, es'),
      error(3, "language", 'unknown language "english"; this survey is in en, es'),
    ]);
    const spanishFirst = parseCirclesCsv(file(patient("RH-1")), { ...context, defaultLanguage: "es" });
    expect(spanishFirst.circles[0]?.respondents[0]?.language).toBe("es");
  });

  it("reads a value of only spaces, tabs or line breaks as blank", () => {
    const result = parseCirclesCsv(file(patient("RH-1", { name: '"\t"', relationship: '" \r\n "', language: "\t" })), context);
    expect(result.errors).toEqual([]);
    expect(result.circles[0]?.respondents[0]).toEqual({
      row: 2,
      perspectiveKey: "patient",
      relationship: null,
      name: null,
      email: null,
      phone: null,
      language: "en",
    });
  });

  it("refuses control characters inside a value", () => {
    expect(errorsOf(file(patient("RH-1", { name: '"Ann\tLee"' }), patient("RH-2", { name: "Bo\u0000" })))).toEqual([
      error(2, "name", "contains a line break, a tab or another control character: remove it"),
      error(3, "name", "contains a line break, a tab or another control character: remove it"),
    ]);
  });
});

describe("parseCirclesCsv: spreadsheet formulas", () => {
  const formula = (start: string) => `looks like a spreadsheet formula (it starts with ${start}); ${FORMULA}`;

  it("refuses =HYPERLINK in a name", () => {
    expect(errorsOf(file(patient("RH-1", { name: '"=HYPERLINK(""http://evil"",""x"")"' })))).toEqual([error(2, "name", formula('"="'))]);
  });

  it("refuses @SUM(1), +SUM(1) and -1 in any column", () => {
    const text = file(
      patient("RH-1", { relationship: "@SUM(1)" }),
      patient("RH-2", { phone: "+SUM(1)" }),
      patient("RH-3", { site: "-1" }),
      patient("RH-4", { unit: "+1" }),
      patient("RH-5", { name: "=1+1" }),
      patient("RH-6", { email: "-ann@example.org" }),
      { circle_ref: "=RH-7", perspective: "patient" },
      { circle_ref: "RH-8", perspective: "+patient" },
      patient("RH-9", { language: "@en" }),
      patient("RH-10", { experience_date: "-2024-01-01" }),
    );
    expect(errorsOf(text)).toEqual([
      error(2, "relationship", formula('"@"')),
      error(3, "phone", formula('"+"')),
      error(4, "site", formula('"-"')),
      error(5, "unit", formula('"+"')),
      error(6, "name", formula('"="')),
      error(7, "email", formula('"-"')),
      error(8, "circle_ref", formula('"="')),
      error(9, "perspective", formula('"+"')),
      error(10, "language", formula('"@"')),
      error(11, "experience_date", formula('"-"')),
    ]);
  });

  it("accepts a phone number starting with +", () => {
    const result = parseCirclesCsv(file(patient("RH-1", { phone: "+44 7700 900123" })), context);
    expect(result.errors).toEqual([]);
    expect(result.circles[0]?.respondents[0]?.phone).toBe("+447700900123");
  });

  it("refuses a formula after spaces, a tab or a carriage return", () => {
    const text = file(
      patient("RH-1", { name: "  =1+1" }),
      patient("RH-2", { name: '"\tAnn"' }),
      patient("RH-3", { name: '"\r=1+1"' }),
      patient("RH-4", { phone: '"\t+44 7700 900123"' }),
    );
    expect(errorsOf(text)).toEqual([
      error(2, "name", formula('"="')),
      error(3, "name", formula("a tab")),
      error(4, "name", formula("a line break")),
      // The carriage return inside row 4's quoted value is a line break of the file.
      error(6, "phone", formula("a tab")),
    ]);
  });
});

describe("parseCirclesCsv: circles", () => {
  it("refuses a circle without a primary respondent, on its first row", () => {
    const text = file(
      { circle_ref: "RH-1", perspective: "family" },
      patient("RH-2"),
      { circle_ref: "RH-1", perspective: "staff" },
    );
    expect(errorsOf(text)).toEqual([error(2, null, "circle RH-1 has no patient (the primary perspective)")]);
  });

  it("does not add 'no primary' when a row of the circle has an unreadable perspective", () => {
    expect(errorsOf(file({ circle_ref: "RH-1", perspective: "pateint" }, { circle_ref: "RH-1", perspective: "family" }))).toEqual([
      error(2, "perspective", 'unknown perspective "pateint"; this survey has patient, family, staff'),
    ]);
  });

  it("refuses more respondents of a perspective than its limit per circle", () => {
    const text = file(
      patient("RH-1", { name: "Ann" }),
      { circle_ref: "RH-1", perspective: "family", name: "Bo" },
      patient("RH-1", { name: "Cy" }),
      { circle_ref: "RH-1", perspective: "family", name: "Di" },
      { circle_ref: "RH-1", perspective: "family", name: "Ed" },
      { circle_ref: "RH-1", perspective: "Family member", name: "Flo" },
    );
    expect(errorsOf(text)).toEqual([
      error(4, "perspective", "circle RH-1 already has 1 patient respondent (row 2); at most 1 per circle"),
      error(6, "perspective", "circle RH-1 already has 2 family respondents (rows 3, 5); at most 2 per circle"),
      error(7, "perspective", "circle RH-1 already has 2 family respondents (rows 3, 5); at most 2 per circle"),
    ]);
  });

  it("refuses a circle_ref reused with a different site, unit or date, on the conflicting row", () => {
    const text = file(
      patient("RH-1", { site: "North", unit: "Ward 3" }),
      { circle_ref: "RH-1", perspective: "family", site: "South", experience_date: "2025-01-01" },
      { circle_ref: "RH-1", perspective: "staff", unit: "ward 3", experience_date: "2025-01-02" },
    );
    expect(errorsOf(text)).toEqual([
      error(3, "site", 'circle RH-1 has site "North" on row 2; this row says "South": the rows of a circle must agree (or leave it blank)'),
      error(4, "unit", 'circle RH-1 has unit "Ward 3" on row 2; this row says "ward 3": the rows of a circle must agree (or leave it blank)'),
      error(
        4,
        "experience_date",
        'circle RH-1 has experience_date "2025-01-01" on row 3; this row says "2025-01-02": the rows of a circle must agree (or leave it blank)',
      ),
    ]);
  });

  it("returns no circles when there is any error", () => {
    const result = parseCirclesCsv(file(patient("RH-1"), patient("RH-2", { email: "x" })), context);
    expect(result.circles).toEqual([]);
    expect(result.rows).toBe(2);
  });
});
