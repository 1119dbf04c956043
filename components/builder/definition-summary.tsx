// A read-only view of a survey definition: what a published version asks, of whom, in which words.
import type { TSurveyDefinition } from "@/lib/survey/definition";
import { localize, textDirection } from "@/lib/survey/languages";
import { ITEM_TYPE_NAMES, languageName, perspectiveName } from "./model";

export function DefinitionSummary({ definition: d }: { definition: TSurveyDefinition }) {
  const lang = d.defaultLanguage;
  return (
    <div className="space-y-6">
      <section aria-labelledby="summary-survey" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="summary-survey" className="text-lg font-semibold">
          Survey
        </h2>
        <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
          <dt className="font-medium">Name</dt>
          <dd>{d.name}</dd>
          <dt className="font-medium">Languages</dt>
          <dd>{d.languages.map((l) => `${languageName(l)}${l === lang ? " (default)" : ""}`).join(", ")}</dd>
          <dt className="font-medium">Introduction</dt>
          <dd dir={textDirection(lang)}>{localize(d.intro, lang) || "—"}</dd>
        </dl>
      </section>
      <section aria-labelledby="summary-perspectives" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="summary-perspectives" className="text-lg font-semibold">
          Perspectives ({d.perspectives.length})
        </h2>
        <ul className="mt-2 space-y-1 text-sm">
          {d.perspectives.map((p) => (
            <li key={p.key}>
              <span className="font-medium">{perspectiveName(d, p.key)}</span> <code className="text-slate-600">{p.key}</code>
              {p.primary ? " · primary" : ` · up to ${p.limitPerCircle} per circle`}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="summary-items" className="rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="summary-items" className="text-lg font-semibold">
          Items ({d.items.length})
        </h2>
        <ol className="mt-2 divide-y divide-slate-100">
          {d.items.map((item) => (
            <li key={item.key} className="py-3">
              <p className="text-sm text-slate-600">
                <code className="font-mono">{item.key}</code> · {ITEM_TYPE_NAMES[item.type]} · page {item.page}
                {item.required ? " · required" : ""}
                {item.askedOf.length > 1 ? " · linked" : ""}
                {item.condition ? ` · shown only when ${item.condition.itemKey} ${item.condition.op} ${JSON.stringify(item.condition.value)}` : ""}
              </p>
              <dl className="mt-1 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[10rem_1fr]">
                {item.askedOf.map((k) => (
                  <div key={k} className="contents">
                    <dt className="font-medium">{perspectiveName(d, k)}</dt>
                    <dd dir={textDirection(lang)}>{localize(item.wording[k] ?? {}, lang) || "—"}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
