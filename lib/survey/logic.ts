// What a respondent sees: which items a perspective is asked, which conditions hold, how items fall
// into pages and which required answers are still missing. Shared by the respondent renderer, the
// builder's preview and the server that accepts answers, so all three agree.
import type { TItemDefinition, TSurveyDefinition } from "./definition";
import type { TCondition } from "./item";

/** rating5: 1–5, rating10: 0–10, yesNo: 1 = yes / 0 = no, singleChoice: a choice value, multipleChoice: choice values, text: text. */
export type TAnswerValue = number | string | string[];
/** A respondent's answers keyed by item key. */
export type TAnswers = Record<string, TAnswerValue | undefined>;

/** Empty text and an empty selection are not answers (a respondent who clears a field has not answered). */
export function hasAnswer(value: TAnswerValue | undefined): value is TAnswerValue {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return typeof value === "number" && Number.isFinite(value);
}

function answerOf(answers: TAnswers, key: string): TAnswerValue | undefined {
  // Own properties only: an item key like "constructor" must not read Object.prototype.
  return Object.hasOwn(answers, key) ? answers[key] : undefined;
}

export function evaluateCondition(condition: TCondition, answers: TAnswers): boolean {
  const answer = answerOf(answers, condition.itemKey);
  if (!hasAnswer(answer)) return false;
  const expected = condition.value;
  switch (condition.op) {
    case "equals":
      if (Array.isArray(expected)) return false;
      return Array.isArray(answer) ? answer.some((a) => a === expected) : answer === expected;
    case "oneOf": {
      const values: (number | string)[] = Array.isArray(expected) ? expected : [expected];
      return Array.isArray(answer) ? answer.some((a) => values.includes(a)) : values.includes(answer);
    }
    case "atLeast":
      return typeof answer === "number" && typeof expected === "number" && answer >= expected;
    case "atMost":
      return typeof answer === "number" && typeof expected === "number" && answer <= expected;
    default:
      return false;
  }
}

/** The items asked of a perspective, in definition order. */
export function itemsFor(definition: TSurveyDefinition, perspectiveKey: string): TItemDefinition[] {
  return definition.items.filter((item) => item.askedOf.includes(perspectiveKey));
}

/** One item on its own: no condition, or its condition holds on these answers. Chaining is visibleItemsFor's job. */
export function isVisible(item: TItemDefinition, answers: TAnswers): boolean {
  return item.condition === null || item.condition === undefined || evaluateCondition(item.condition, answers);
}

/**
 * The items a perspective sees given its answers, in definition order. Items are decided in order
 * against the answers of items already shown, so a condition on a hidden item (or on a later,
 * unknown or not-asked item, or a cycle in an unpublished draft) hides the item too.
 */
export function visibleItemsFor(definition: TSurveyDefinition, perspectiveKey: string, answers: TAnswers): TItemDefinition[] {
  const shownAnswers: TAnswers = {};
  const visible: TItemDefinition[] = [];
  for (const item of itemsFor(definition, perspectiveKey)) {
    if (!isVisible(item, shownAnswers)) continue;
    visible.push(item);
    const answer = answerOf(answers, item.key);
    if (hasAnswer(answer)) shownAnswers[item.key] = answer;
  }
  return visible;
}

/** Visible items grouped by page, pages ascending; a page whose items are all hidden is dropped. */
export function pagesFor(
  definition: TSurveyDefinition,
  perspectiveKey: string,
  answers: TAnswers,
): { page: number; items: TItemDefinition[] }[] {
  const byPage = new Map<number, TItemDefinition[]>();
  for (const item of visibleItemsFor(definition, perspectiveKey, answers)) {
    const page = byPage.get(item.page);
    if (page) page.push(item);
    else byPage.set(item.page, [item]);
  }
  return [...byPage.entries()].sort(([a], [b]) => a - b).map(([page, items]) => ({ page, items }));
}

/** Keys of required, visible items that have no answer yet, in definition order. */
export function missingRequired(definition: TSurveyDefinition, perspectiveKey: string, answers: TAnswers): string[] {
  return visibleItemsFor(definition, perspectiveKey, answers)
    .filter((item) => item.required && !hasAnswer(answerOf(answers, item.key)))
    .map((item) => item.key);
}

/** Item key → the item keys its condition reads (every item is listed, with [] when it has no condition). */
export function conditionDependencies(definition: TSurveyDefinition): Map<string, string[]> {
  const dependencies = new Map<string, string[]>();
  for (const item of definition.items) {
    const list = dependencies.get(item.key) ?? [];
    if (item.condition && !list.includes(item.condition.itemKey)) list.push(item.condition.itemKey);
    dependencies.set(item.key, list);
  }
  return dependencies;
}

/**
 * Every cycle of conditions, each as the item keys along it (["a", "b"] reads a → b → a), starting
 * at the key that comes first in the definition; a condition on its own item is the cycle [key].
 * One cycle per strongly connected component (Tarjan), which with one condition per item is all of them.
 */
export function findConditionCycles(definition: TSurveyDefinition): string[][] {
  const graph = conditionDependencies(definition);
  const order = [...graph.keys()];
  const position = new Map(order.map((key, index) => [key, index]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  let counter = 0;

  // Iterative to stay safe on long chains (300 items deep is allowed).
  for (const root of order) {
    if (index.has(root)) continue;
    const work: { key: string; next: number }[] = [{ key: root, next: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const targets = (graph.get(frame.key) ?? []).filter((target) => graph.has(target));
      if (frame.next < targets.length) {
        const target = targets[frame.next++]!;
        if (!index.has(target)) {
          index.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ key: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.key, Math.min(low.get(frame.key)!, index.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.key, Math.min(low.get(parent.key)!, low.get(frame.key)!));
      if (low.get(frame.key) === index.get(frame.key)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.key);
        components.push(component);
      }
    }
  }

  const cycles: string[][] = [];
  for (const component of components) {
    const members = new Set(component);
    const start = component.reduce((a, b) => (position.get(a)! <= position.get(b)! ? a : b));
    const selfLoop = graph.get(start)!.includes(start);
    if (component.length === 1 && !selfLoop) continue;
    // Walk from the first key along conditions that stay inside the component until it closes.
    const cycle = [start];
    let current = start;
    for (;;) {
      const next = graph.get(current)!.find((target) => members.has(target));
      if (next === undefined || next === start) break;
      if (cycle.includes(next)) {
        // Only with duplicate item keys: the walk closed a loop that avoids start; report that loop.
        cycle.splice(0, cycle.indexOf(next));
        break;
      }
      cycle.push(next);
      current = next;
    }
    cycles.push(cycle);
  }
  return cycles.sort((a, b) => position.get(a[0]!)! - position.get(b[0]!)!);
}
