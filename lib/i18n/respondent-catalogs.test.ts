// Every respondent catalog has exactly the English catalog's keys, every message parses as ICU, and a
// translation uses the same placeholders (names and kinds) as the English message it translates.
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { createTranslator } from "use-intl/core";
import { describe, expect, it } from "vitest";
import { RESPONDENT_CATALOGS, RESPONDENT_LOCALES } from "@/messages/respondent/catalogs";

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
        expect(t("companions.sentBy", { channel: "email" })).not.toBe("");
        expect(errors).toEqual([]);
      });
    });
  }

  it("Spanish is its own text, not English left untranslated", () => {
    const spanish = flatten(RESPONDENT_CATALOGS.es);
    const same = [...spanish].filter(([key, message]) => message === english.get(key) && !/^[{0-9]/.test(message) && message !== "No");
    expect(same.map(([key]) => key)).toEqual([]);
  });
});
