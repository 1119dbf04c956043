"use client";
// The respondent roles of the survey: one primary (the customer at the centre) and its companions.
import { Card } from "@/components/ui/card";
import type { TPerspectiveDefinition, TSurveyDefinition } from "@/lib/survey/definition";
import type { useConfirm } from "./confirm-dialog";
import { buttonClass, CheckboxField, controlProps, FieldIssues, KeyField, NumberField } from "./fields";
import { fieldId, type IssueIndex } from "./issues";
import { LocalizedFields } from "./localized-field";
import { itemsAsking, move, newPerspective, newRowId, perspectiveName, removePerspective, renamePerspective, type Edit } from "./model";

type Confirm = ReturnType<typeof useConfirm>[0];
type Props = { definition: TSurveyDefinition; rowIds: string[]; edit: Edit; issues: IssueIndex; confirm: Confirm };

export function PerspectivesEditor({ definition: d, rowIds, edit, issues, confirm }: Props) {
  const add = () => {
    const id = newRowId();
    edit((x, rows) => {
      x.perspectives.push(newPerspective(x));
      rows.perspectives.push(id);
    });
    requestAnimationFrame(() => document.getElementById(`${id}-heading`)?.focus());
  };
  const remove = async (index: number, p: TPerspectiveDefinition) => {
    const n = itemsAsking(d, p.key).length;
    const name = perspectiveName(d, p.key);
    const ok = await confirm({
      title: `Remove the perspective ${name}?`,
      body: n > 0 ? `Remove it and its wordings from ${n} ${n === 1 ? "item" : "items"}?` : undefined,
      confirmLabel: `Remove ${name}`,
      danger: true,
    });
    if (ok) edit((x, rows) => removePerspective(x, rows, index));
  };
  const moveTo = (from: number, to: number) =>
    edit((x, rows) => {
      move(x.perspectives, from, to);
      move(rows.perspectives, from, to);
    });

  return (
    <Card>
      <h2 id={fieldId("perspectives")} className="text-lg font-semibold">
        Perspectives
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Who is asked: exactly one primary perspective (the customer at the centre) and the people around them.
      </p>
      <FieldIssues path="perspectives" issues={issues.at("perspectives")} />
      <ol className="mt-4 space-y-4">
        {d.perspectives.map((p, i) => {
          const rowId = rowIds[i] ?? `p-${i}`;
          const path = `perspectives.${i}`;
          const set = (fn: (x: TPerspectiveDefinition) => void) =>
            edit((x) => {
              const target = x.perspectives[i];
              if (target) fn(target);
            });
          return (
            <li key={rowId}>
              <section aria-labelledby={`${rowId}-heading`} id={fieldId(path)} className="rounded-md border border-slate-300 p-4">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <h3 id={`${rowId}-heading`} tabIndex={-1} className="font-semibold">
                    Perspective {i + 1}: {perspectiveName(d, p.key)}
                    {p.primary && <span className="ml-2 text-sm font-normal text-slate-600">(primary)</span>}
                  </h3>
                  <div className="flex gap-2">
                    <button
                      type="button"
                      className={buttonClass}
                      disabled={i === 0}
                      onClick={() => moveTo(i, i - 1)}
                      aria-label={`Move perspective ${p.key} up`}
                    >
                      Up
                    </button>
                    <button
                      type="button"
                      className={buttonClass}
                      disabled={i === d.perspectives.length - 1}
                      onClick={() => moveTo(i, i + 1)}
                      aria-label={`Move perspective ${p.key} down`}
                    >
                      Down
                    </button>
                    {!p.primary && (
                      <button
                        type="button"
                        className={buttonClass}
                        onClick={() => void remove(i, p)}
                        aria-label={`Remove perspective ${p.key}`}
                      >
                        Remove
                      </button>
                    )}
                  </div>
                </div>
                <FieldIssues path={path} issues={issues.at(path)} />
                <div className="mt-3 grid gap-4 md:grid-cols-[2fr_1fr]">
                  <LocalizedFields
                    path={`${path}.label`}
                    legend="Label"
                    labelPrefix="Label"
                    value={p.label}
                    languages={d.languages}
                    issues={issues}
                    maxLength={200}
                    onChange={(l, v) => set((x) => void (x.label[l] = v))}
                  />
                  <KeyField
                    path={`${path}.key`}
                    label="Key (stable across versions)"
                    issues={issues}
                    value={p.key}
                    taken={d.perspectives.filter((_, j) => j !== i).map((x) => x.key)}
                    onCommit={(key) => edit((x) => renamePerspective(x, p.key, key))}
                  />
                </div>
                <div className="mt-3 flex flex-wrap items-start gap-x-8 gap-y-3">
                  <div>
                    <div className="flex min-h-8 items-center gap-2 pt-6">
                      <input
                        type="radio"
                        name="primary-perspective"
                        {...controlProps(`${path}.primary`, issues)}
                        checked={p.primary}
                        onChange={() =>
                          edit((x) =>
                            x.perspectives.forEach((q, j) => {
                              q.primary = j === i;
                              if (j === i) q.limitPerCircle = 1;
                            }),
                          )
                        }
                        className="size-5 shrink-0"
                      />
                      <label htmlFor={fieldId(`${path}.primary`)} className="text-sm">
                        Primary (the customer at the centre)
                      </label>
                    </div>
                    <FieldIssues path={`${path}.primary`} issues={issues.at(`${path}.primary`)} />
                  </div>
                  <NumberField
                    path={`${path}.limitPerCircle`}
                    label="Limit per circle"
                    issues={issues}
                    value={p.primary ? 1 : p.limitPerCircle}
                    min={1}
                    max={50}
                    disabled={p.primary}
                    hint={p.primary ? "The primary is always one person." : undefined}
                    onChange={(v) => set((x) => void (x.limitPerCircle = v ?? 1))}
                  />
                  <fieldset id={fieldId(`${path}.invitableBy`)}>
                    <legend className="text-sm font-medium">Who may invite them</legend>
                    <CheckboxField
                      path={`${path}.invitableBy.organisation`}
                      label="The organisation"
                      issues={issues}
                      checked={p.invitableBy.organisation}
                      onChange={(v) => set((x) => void (x.invitableBy.organisation = v))}
                      className="mt-1"
                    />
                    <CheckboxField
                      path={`${path}.invitableBy.respondent`}
                      label="A respondent of the circle"
                      issues={issues}
                      checked={p.invitableBy.respondent}
                      onChange={(v) => set((x) => void (x.invitableBy.respondent = v))}
                    />
                    <FieldIssues path={`${path}.invitableBy`} issues={issues.at(`${path}.invitableBy`)} />
                  </fieldset>
                  {!p.primary && (
                    <CheckboxField
                      path={`${path}.provider`}
                      label="Speaks for the organisation (staff): reports flag blind spots and hidden strengths"
                      issues={issues}
                      checked={p.provider}
                      onChange={(v) => set((x) => void (x.provider = v))}
                    />
                  )}
                </div>
              </section>
            </li>
          );
        })}
      </ol>
      <button type="button" className={`${buttonClass} mt-4`} onClick={add}>
        Add perspective
      </button>
    </Card>
  );
}
