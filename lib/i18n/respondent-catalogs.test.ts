// Every respondent catalog has exactly the English catalog's keys, every message parses as ICU, and a
// translation uses the same placeholders (names and kinds) as the English message it translates; the
// compiled catalogs the app hands use-intl say exactly what the ICU text says.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import format, { type CompiledMessage } from "icu-minify/format";
import { IntlMessageFormat } from "intl-messageformat";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { RESPONDENT_CATALOGS, RESPONDENT_LOCALES } from "@/messages/respondent/catalogs";
import { compiledCatalog } from "@/messages/respondent/compiled";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/** The names of a message's arguments. Kinds may differ: Arabic words some counts without a plural. */
function argumentsOf(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number) out.add(el.value);
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(el.value);
      for (const option of Object.values(el.options)) argumentsOf(option.value, out);
    }
    if (el.type === TYPE.tag) argumentsOf(el.children, out);
  }
  return out;
}

const english = flatten(RESPONDENT_CATALOGS.en);

/** A compiled catalog's messages by path: a compiled message is a string or an array. */
function compiledLeaves(tree: object, prefix = "", out = new Map<string, CompiledMessage>()) {
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string" || Array.isArray(value)) out.set(path, value as CompiledMessage);
    else compiledLeaves(value as object, path, out);
  }
  return out;
}

/** Values to format a message with, one set per variant: counts across plural categories, each select option. */
function valuesFor(elements: MessageFormatElement[], variant: number, out: Record<string, string | number> = {}) {
  const counts = [0, 1, 2, 3, 5, 11, 21, 100];
  for (const el of elements) {
    if (el.type === TYPE.argument) out[el.value] ??= `«${el.value}»`;
    if (el.type === TYPE.number || el.type === TYPE.plural) out[el.value] ??= counts[variant % counts.length]!;
    if (el.type === TYPE.select) {
      const options = Object.keys(el.options);
      out[el.value] ??= options[variant % options.length]!;
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) for (const option of Object.values(el.options)) valuesFor(option.value, variant, out);
    if (el.type === TYPE.tag) valuesFor(el.children, variant, out);
  }
  return out;
}

const formatters = {
  getDateTimeFormat: (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
  getNumberFormat: (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
  getPluralRules: (...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args),
};

describe("respondent message catalogs", () => {
  it("has English, Spanish and the languages the respondent pages had before", () => {
    expect(RESPONDENT_LOCALES).toEqual(["en", "es", "fr", "de", "pt", "ar"]);
  });

  for (const locale of RESPONDENT_LOCALES) {
    describe(locale, () => {
      const catalog = flatten(RESPONDENT_CATALOGS[locale]);

      it("has exactly the English keys", () => {
        expect([...catalog.keys()].sort()).toEqual([...english.keys()].sort());
      });

      it("has no empty message and every message parses, with the English placeholders", () => {
        for (const [key, message] of catalog) {
          expect(message.trim(), key).not.toBe("");
          const own = argumentsOf(parse(message));
          const reference = argumentsOf(parse(english.get(key)!));
          expect([...own].sort(), key).toEqual([...reference].sort());
        }
      });

      it("formats plurals and placeholders through use-intl without errors", () => {
        const errors: string[] = [];
        const t = createTranslator({ locale, messages: RESPONDENT_CATALOGS[locale], onError: (e) => errors.push(e.message) });
        expect(t("survey.pageOf", { page: 2, pages: 4 })).toMatch(/2.*4/);
        for (const count of [0, 1, 2, 5, 11, 100]) {
          expect(t("survey.charactersLeft", { left: count })).toContain(String(count));
          expect(t("companions.remaining", { count })).toContain(String(count));
        }
        expect(t("companions.sentByEmail")).not.toBe(t("companions.sentBySms"));
        expect(errors).toEqual([]);
      });

      it("compiled ahead of time, says exactly what the ICU text says, for every message and value", () => {
        // Handed from server components to client ones: plain JSON, which React accepts (no null prototypes).
        expect(JSON.parse(JSON.stringify(compiledCatalog(locale)))).toStrictEqual(compiledCatalog(locale));
        const compiled = compiledLeaves(compiledCatalog(locale));
        expect([...compiled.keys()].sort()).toEqual([...catalog.keys()].sort());
        for (const [key, message] of catalog) {
          const elements = parse(message);
          for (let variant = 0; variant < 8; variant++) {
            const values = valuesFor(elements, variant);
            const expected = new IntlMessageFormat(message, locale).format(values);
            expect(format(compiled.get(key)!, locale, values, { formatters }), `${key} ${JSON.stringify(values)}`).toBe(expected);
          }
        }
      });
    });
  }

  it("Spanish is its own text, not English left untranslated", () => {
    const spanish = flatten(RESPONDENT_CATALOGS.es);
    const same = [...spanish].filter(([key, message]) => message === english.get(key) && !/^[{0-9]/.test(message) && message !== "No");
    expect(same.map(([key]) => key)).toEqual([]);
  });
});
