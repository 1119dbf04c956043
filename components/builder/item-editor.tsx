"use client";
// One item: key, type, page, required, the perspectives asked it and the words each of them reads, its type
// settings and its condition.
import type { TItemDefinition, TSurveyDefinition } from "@/lib/survey/definition";
import { ITEM_TYPES, type TItemType } from "@/lib/survey/item";
import type { useConfirm } from "./confirm-dialog";
import { ConditionEditor } from "./condition-editor";
import { buttonClass, CheckboxField, controlProps, FieldIssues, selectClass, KeyField, NumberField } from "./fields";
import { fieldId, type IssueIndex } from "./issues";
import { ItemTypeSettings } from "./item-type-settings";
import { LocalizedFields } from "./localized-field";
import { ITEM_TYPE_NAMES, perspectiveName, renameItem, withType, type Edit } from "./model";

type Confirm = ReturnType<typeof useConfirm>[0];

export type ItemActions = {
  moveUp?: () => void;
  moveDown?: () => void;
  duplicate: () => void;
  remove: () => void;
};

export function ItemEditor({
  definition: d,
  index,
  rowId,
  edit,
  issues,
  confirm,
  actions,
}: {
  definition: TSurveyDefinition;
  index: number;
  rowId: string;
  edit: Edit;
  issues: IssueIndex;
  confirm: Confirm;
  actions: ItemActions;
}) {
  const item = d.items[index];
  if (!item) return null;
  const path = `items.${index}`;
  const set = (fn: (x: TItemDefinition) => void) =>
    edit((x) => {
      const target = x.items[index];
      if (target) fn(target);
    });

  const toggleAsked = async (key: string, asked: boolean) => {
    const words = Object.values(item.wording[key] ?? {}).some((w) => w?.trim());
    if (!asked && words) {
      const name = perspectiveName(d, key);
      const ok = await confirm({
        title: `Stop asking ${name} item ${item.key}?`,
        body: `The ${name} wording of this item will be removed.`,
        confirmLabel: `Stop asking ${name}`,
        danger: true,
      });
      if (!ok) return;
    }
    edit((x) => {
      const target = x.items[index];
      if (!target) return;
      const order = x.perspectives.map((p) => p.key);
      if (asked) {
        target.askedOf = order.filter((k) => k === key || target.askedOf.includes(k));
        target.wording[key] ??= {};
      } else {
        target.askedOf = target.askedOf.filter((k) => k !== key);
        delete target.wording[key];
      }
    });
  };

  const asked = d.perspectives.filter((p) => item.askedOf.includes(p.key));

  return (
    <section
      aria-labelledby={`${rowId}-heading`}
      id={fieldId(path)}
      className="scroll-mt-28 rounded-md border border-slate-300 bg-white p-4"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${rowId}-heading`} tabIndex={-1} className="font-semibold">
          Item {index + 1}: <span className="font-mono">{item.key}</span>
          <span className="ml-2 text-sm font-normal text-slate-600">
            {ITEM_TYPE_NAMES[item.type]}
            {item.askedOf.length > 1 ? " · linked (compared in reports)" : ""}
          </span>
        </h3>
        <div className="flex flex-wrap gap-2">
          <button type="button" className={buttonClass} disabled={!actions.moveUp} onClick={actions.moveUp} aria-label={`Move item ${item.key} up`}>
            Up
          </button>
          <button
            type="button"
            className={buttonClass}
            disabled={!actions.moveDown}
            onClick={actions.moveDown}
            aria-label={`Move item ${item.key} down`}
          >
            Down
          </button>
          <button type="button" className={buttonClass} onClick={actions.duplicate} aria-label={`Duplicate item ${item.key}`}>
            Duplicate
          </button>
          <button type="button" className={buttonClass} onClick={actions.remove} aria-label={`Remove item ${item.key}`}>
            Remove
          </button>
        </div>
      </div>
      <FieldIssues path={path} issues={issues.at(path)} />

      <div className="mt-3 flex flex-wrap items-start gap-x-6 gap-y-3">
        <KeyField
          path={`${path}.key`}
          label="Key"
          issues={issues}
          value={item.key}
          taken={d.items.filter((_, j) => j !== index).map((x) => x.key)}
          onCommit={(key) => edit((x) => renameItem(x, item.key, key))}
          className="w-56"
        />
        <div>
          <label htmlFor={fieldId(`${path}.type`)} className="block text-sm font-medium">
            Type
          </label>
          <select
            {...controlProps(`${path}.type`, issues)}
            value={item.type}
            onChange={(e) =>
              edit((x) => {
                const target = x.items[index];
                if (target) x.items[index] = withType(target, e.target.value as TItemType, x);
              })
            }
            className={selectClass}
          >
            {ITEM_TYPES.map((t) => (
              <option key={t} value={t}>
                {ITEM_TYPE_NAMES[t]}
              </option>
            ))}
          </select>
          <FieldIssues path={`${path}.type`} issues={issues.at(`${path}.type`)} />
        </div>
        <NumberField
          path={`${path}.page`}
          label="Page"
          issues={issues}
          value={item.page}
          min={1}
          max={100}
          onChange={(v) => set((x) => void (x.page = v ?? 1))}
        />
        <CheckboxField
          path={`${path}.required`}
          label="Required"
          issues={issues}
          checked={item.required}
          onChange={(v) => set((x) => void (x.required = v))}
          className="pt-7"
        />
      </div>

      <fieldset id={fieldId(`${path}.askedOf`)} className="mt-4">
        <legend className="text-sm font-semibold">Asked of</legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
          {d.perspectives.map((p) => {
            const id = fieldId(`${path}.askedOf.${p.key}`);
            return (
              <div key={p.key} className="flex min-h-8 items-center gap-2">
                <input
                  id={id}
                  type="checkbox"
                  className="size-5 shrink-0"
                  checked={item.askedOf.includes(p.key)}
                  onChange={(e) => void toggleAsked(p.key, e.target.checked)}
                />
                <label htmlFor={id} className="text-sm">
                  {perspectiveName(d, p.key)}
                </label>
              </div>
            );
          })}
        </div>
        <FieldIssues path={`${path}.askedOf`} issues={issues.at(`${path}.askedOf`)} />
      </fieldset>

      {asked.length > 0 && (
        <div className="mt-4 space-y-4 border-l-4 border-brand-100 pl-4">
          <p className="text-sm text-slate-700">
            Each perspective reads its own words for this one question
            {asked.length > 1 ? "; reports compare their answers side by side." : "."}
          </p>
          {asked.map((p) => {
            const name = perspectiveName(d, p.key);
            return (
              <LocalizedFields
                key={p.key}
                path={`${path}.wording.${p.key}`}
                legend={`Wording for ${name}`}
                labelPrefix={name}
                hint={`What ${name} respondents read.`}
                value={item.wording[p.key] ?? {}}
                languages={d.languages}
                issues={issues}
                multiline
                onChange={(l, v) =>
                  set((x) => {
                    const words = (x.wording[p.key] ??= {});
                    words[l] = v;
                  })
                }
              />
            );
          })}
        </div>
      )}

      <div className="mt-4">
        <ItemTypeSettings definition={d} index={index} item={item} edit={edit} issues={issues} />
      </div>
      <div className="mt-4">
        <ConditionEditor definition={d} index={index} issues={issues} onChange={(c) => set((x) => void (x.condition = c))} />
      </div>
    </section>
  );
}
