"use client";
// The list of items, in the order respondents meet them: add, duplicate, reorder, remove.
import { Card } from "@/components/ui/card";
import type { TSurveyDefinition } from "@/lib/survey/definition";
import type { useConfirm } from "./confirm-dialog";
import { buttonClass, FieldIssues } from "./fields";
import { fieldId, type IssueIndex } from "./issues";
import { ItemEditor } from "./item-editor";
import { move, newItem, newRowId, uniqueKey, type Edit } from "./model";

type Confirm = ReturnType<typeof useConfirm>[0];

export function ItemsEditor({
  definition: d,
  rowIds,
  edit,
  issues,
  confirm,
}: {
  definition: TSurveyDefinition;
  rowIds: string[];
  edit: Edit;
  issues: IssueIndex;
  confirm: Confirm;
}) {
  const focusHeading = (rowId: string) =>
    requestAnimationFrame(() => {
      const heading = document.getElementById(`${rowId}-heading`);
      heading?.scrollIntoView({ block: "start" });
      heading?.focus();
    });
  const add = () => {
    const id = newRowId();
    edit((x, rows) => {
      x.items.push(newItem(x));
      rows.items.push(id);
    });
    focusHeading(id);
  };
  const moveTo = (from: number, to: number) =>
    edit((x, rows) => {
      move(x.items, from, to);
      move(rows.items, from, to);
    });
  const duplicate = (index: number) => {
    const id = newRowId();
    edit((x, rows) => {
      const source = x.items[index];
      if (!source) return;
      const copy = structuredClone(source);
      copy.key = uniqueKey(`${source.key.slice(0, 58)}_copy`, x.items.map((i) => i.key));
      x.items.splice(index + 1, 0, copy);
      rows.items.splice(index + 1, 0, id);
    });
    focusHeading(id);
  };
  const remove = async (index: number) => {
    const item = d.items[index];
    if (!item) return;
    const dependants = d.items.filter((x) => x.condition?.itemKey === item.key).map((x) => x.key);
    const ok = await confirm({
      title: `Remove item ${item.key}?`,
      body:
        dependants.length > 0
          ? `Its wordings go with it, and the conditions of ${dependants.join(", ")} (which depend on it) are removed.`
          : "Its wordings go with it.",
      confirmLabel: `Remove item ${item.key}`,
      danger: true,
    });
    if (!ok) return;
    edit((x, rows) => {
      const [gone] = x.items.splice(index, 1);
      rows.items.splice(index, 1);
      for (const other of x.items) if (gone && other.condition?.itemKey === gone.key) other.condition = null;
    });
  };

  return (
    <Card>
      <h2 id={fieldId("items")} className="text-lg font-semibold">
        Items ({d.items.length})
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        Items with the same page number share one screen. An item asked of two or more perspectives is linked.
      </p>
      <FieldIssues path="items" issues={issues.at("items")} />
      {d.items.length === 0 && <p className="mt-4 text-sm">No items yet.</p>}
      <ol className="mt-4 space-y-4">
        {d.items.map((item, i) => {
          const rowId = rowIds[i] ?? `i-${i}`;
          return (
            <li key={rowId}>
              <ItemEditor
                definition={d}
                index={i}
                rowId={rowId}
                edit={edit}
                issues={issues}
                confirm={confirm}
                actions={{
                  moveUp: i > 0 ? () => moveTo(i, i - 1) : undefined,
                  moveDown: i < d.items.length - 1 ? () => moveTo(i, i + 1) : undefined,
                  duplicate: () => duplicate(i),
                  remove: () => void remove(i),
                }}
              />
            </li>
          );
        })}
      </ol>
      <button type="button" className={`${buttonClass} mt-4`} onClick={add}>
        Add item
      </button>
    </Card>
  );
}
