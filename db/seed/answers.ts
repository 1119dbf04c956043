// How one demo respondent answers: a latent 0–100 score per item, built from what the circle lived
// (shared by everyone in it), a perspective's bias and the person's own leniency and noise,
// then mapped onto the item's scale. Shared parts make paired answers agree; the rest makes them differ.
import type { TCondition } from "@/lib/survey/item";
import type { CommentPools, CommentTone } from "./comments";
import type { Rng } from "./random";
import type { InsertedItem } from "./survey";

/** Weights, in points on 0–100, of the parts of a latent score. */
const CIRCLE_WEIGHT = 12; // the circle's overall quality of care (standard normal, shifted by unit and site)
const CIRCLE_ITEM_WEIGHT = 8; // what happened in this circle on this item (e.g. pain was badly handled)
const LENIENCY_WEIGHT = 7; // some people rate everything higher
const NOISE_SD = 10;

export type AnswerValue = { numericValue?: number; choiceValues?: string[]; textValue?: string };

/** What everyone in one circle shares. */
export type CircleTruth = {
  quality: number;
  itemEffect: Map<string, number>;
  facts: Map<string, boolean>;
};

export function circleTruth(rng: Rng, quality: number, items: InsertedItem[]): CircleTruth {
  const itemEffect = new Map<string, number>();
  const facts = new Map<string, boolean>();
  for (const item of items) {
    itemEffect.set(item.key, rng.normal());
    if (item.story.kind === "fact") facts.set(item.key, rng.chance(item.story.rate));
  }
  return { quality, itemEffect, facts };
}

export type RespondentContext = {
  perspectiveKey: string;
  isPrimary: boolean;
  language: string;
  /** Points added per item key in this wave: a trend between waves. */
  shift: Record<string, number>;
  comments: CommentPools;
};

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

function latentScore(rng: Rng, truth: CircleTruth, leniency: number, item: InsertedItem, ctx: RespondentContext) {
  const story = item.story;
  if (story.kind !== "score" && story.kind !== "concerns") return null;
  return (
    story.mean +
    (story.bias?.[ctx.perspectiveKey] ?? 0) +
    (ctx.shift[item.key] ?? 0) +
    CIRCLE_WEIGHT * truth.quality +
    CIRCLE_ITEM_WEIGHT * (truth.itemEffect.get(item.key) ?? 0) +
    LENIENCY_WEIGHT * leniency +
    rng.normal(0, NOISE_SD)
  );
}

/** Maps a 0–100 latent score onto the item's own answer. */
function scoredAnswer(rng: Rng, item: InsertedItem, score: number): AnswerValue {
  const config = item.config;
  switch (config.type) {
    case "rating5":
      return { numericValue: clamp(Math.round(1 + score / 25), 1, 5) };
    case "rating10":
      return { numericValue: clamp(Math.round(score / 10), 0, 10) };
    case "yesNo":
      return { numericValue: score >= 50 ? 1 : 0 };
    case "singleChoice": {
      const story = item.story.kind === "score" ? item.story : undefined;
      if (story?.optOut && rng.chance(story.optOut.rate)) return { choiceValues: [story.optOut.value] };
      const ladder = story?.ladder ?? config.choices.map((c) => c.value);
      const step = clamp(Math.floor((score / 100) * ladder.length), 0, ladder.length - 1);
      return { choiceValues: [ladder[step] as string] };
    }
    case "multipleChoice": {
      const none = item.story.kind === "concerns" ? item.story.none : undefined;
      const max = config.maxSelections ?? config.choices.length;
      const count = clamp(Math.round((100 - score) / 20), 0, max);
      const concerns = config.choices.map((c) => c.value).filter((v) => v !== none);
      if (count === 0 && none) return { choiceValues: [none] };
      return { choiceValues: rng.sample(concerns, Math.max(count, config.minSelections, 1)) };
    }
    case "text":
      return {};
  }
}

function toneOf(meanScore: number): CommentTone {
  if (meanScore >= 75) return "positive";
  if (meanScore >= 58) return "mixed";
  return "negative";
}

function pickComment(rng: Rng, ctx: RespondentContext, meanScore: number): string | undefined {
  const pools = ctx.comments[ctx.perspectiveKey];
  const pool = pools?.[ctx.language] ?? pools?.en;
  if (!pool) return undefined;
  const tone = toneOf(meanScore);
  // A happy respondent sometimes still mentions something that went wrong, and vice versa.
  const drift: CommentTone = rng.chance(0.8) ? tone : rng.pick(["positive", "mixed", "negative"] as const);
  const list = pool[drift].length > 0 ? pool[drift] : pool[tone];
  return list.length > 0 ? rng.pick(list) : undefined;
}

function conditionHolds(condition: TCondition, given: Map<string, AnswerValue>): boolean {
  const answer = given.get(condition.itemKey);
  if (!answer) return false;
  const actual: (number | string)[] =
    answer.numericValue !== undefined ? [answer.numericValue] : (answer.choiceValues ?? []);
  const expected = Array.isArray(condition.value) ? condition.value : [condition.value];
  switch (condition.op) {
    case "equals":
      return actual.some((a) => a === condition.value);
    case "oneOf":
      return actual.some((a) => expected.includes(a));
    case "atLeast":
      return actual.some((a) => typeof a === "number" && a >= Number(condition.value));
    case "atMost":
      return actual.some((a) => typeof a === "number" && a <= Number(condition.value));
  }
}

export type GivenAnswer = { item: InsertedItem; value: AnswerValue };

/**
 * The answers a respondent who completes gives, in order: every item asked of their perspective
 * that its condition shows, required ones always, optional ones usually, a comment sometimes.
 */
export function completeAnswers(
  rng: Rng,
  truth: CircleTruth,
  items: InsertedItem[],
  ctx: RespondentContext,
): GivenAnswer[] {
  const leniency = rng.normal();
  const given = new Map<string, AnswerValue>();
  const out: GivenAnswer[] = [];
  const scores: number[] = [];
  for (const item of items) {
    if (!item.wordings[ctx.perspectiveKey]) continue;
    if (item.condition && !conditionHolds(item.condition, given)) continue;
    const story = item.story;
    let value: AnswerValue | undefined;
    if (story.kind === "fact") {
      const truthValue = truth.facts.get(item.key) ?? false;
      const reported = ctx.isPrimary || rng.chance(story.accuracy) ? truthValue : !truthValue;
      value = { numericValue: reported ? 1 : 0 };
    } else if (story.kind === "comment") {
      const meanScore = scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : 70;
      const text = rng.chance(story.rate) ? pickComment(rng, ctx, meanScore) : undefined;
      if (text) value = { textValue: text };
    } else {
      const score = latentScore(rng, truth, leniency, item, ctx) ?? 50;
      scores.push(score);
      if (item.required || rng.chance(0.94)) value = scoredAnswer(rng, item, score);
    }
    if (value && Object.keys(value).length > 0) {
      given.set(item.key, value);
      out.push({ item, value });
    }
  }
  return out;
}
