// The assistant's interview as a pure function: which question comes next given the
// answers so far, what each choice means, and how a reply turns into an answer. The VS
// Code command only shows these questions (QuickPick, InputBox); tests walk them directly.
import { ExchangeVersion, VERSIONS, VERSION_FACTS } from '../knowledge/versions';
import type { Locale } from '../types';
import { decide, isIsoDate, refusalText } from './decide';
import { sentence } from './generate';
import { methodName, say, targetName } from './text';
import { Answers, AssistantOptions, METHOD_CHOICES, OnlineMethodChoice, TARGET_CHOICES, TargetChoice } from './types';

export type QuestionId = 'sources' | 'mailboxes' | 'publicFolders' | 'target' | 'keepOnPremises' | 'name' | 'domain';

export interface QuestionOption {
  value: string;
  label: string;
  description?: string;
  detail?: string;
  picked?: boolean;
}

export interface Question {
  id: QuestionId;
  /** multiPick: several options; pick: one option; number / text: typed input. */
  kind: 'multiPick' | 'pick' | 'number' | 'text';
  title: string;
  prompt: string;
  options?: QuestionOption[];
  /** Pre-filled value of a typed answer. */
  value?: string;
}

export type Draft = Partial<Answers>;

/** Order of the questions; `keepOnPremises` is asked only for Microsoft 365 targets. */
const ORDER: QuestionId[] = ['sources', 'mailboxes', 'publicFolders', 'target', 'keepOnPremises', 'name', 'domain'];

function asked(draft: Draft, id: QuestionId): boolean {
  if (id === 'keepOnPremises')
    return draft.keepOnPremises !== undefined || (draft.target !== undefined && draft.target !== 'online');
  return draft[id] !== undefined;
}

/** A domain from the organization's name: `Tailspin Toys` → `tailspintoys.com`. */
export function suggestedDomain(name: string | undefined): string {
  const label = (name ?? '')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
  return `${label || 'contoso'}.com`;
}

/** Where each question's messages are: `<prefix>.title` and `<prefix>.prompt` (and a yes/no question's `.no` and `.yes`). */
const MESSAGES: Record<QuestionId, string> = {
  sources: 'ask.sources',
  mailboxes: 'ask.mailboxes',
  publicFolders: 'ask.publicFolders',
  target: 'ask.target',
  keepOnPremises: 'ask.keep',
  name: 'ask.name',
  domain: 'ask.domain',
};

export function question(id: QuestionId, draft: Draft, locale: Locale): Question {
  const t = (key: string, args?: Record<string, string | number>) => say(locale, key, args);
  const prefix = MESSAGES[id];
  const head = { id, title: t(`${prefix}.title`), prompt: t(`${prefix}.prompt`) };
  switch (id) {
    case 'sources':
      return { ...head, kind: 'multiPick', options: sourceOptions(draft, locale) };
    case 'mailboxes':
      return { ...head, kind: 'number', value: draft.mailboxes !== undefined ? String(draft.mailboxes) : undefined };
    case 'target':
      return { ...head, kind: 'pick', options: targetOptions(locale) };
    case 'publicFolders':
    case 'keepOnPremises':
      // "No" first.
      return {
        ...head,
        kind: 'pick',
        options: [
          { value: 'no', label: t(`${prefix}.no`) },
          { value: 'yes', label: t(`${prefix}.yes`) },
        ],
      };
    case 'name':
      return { ...head, kind: 'text', value: draft.name };
    case 'domain':
      return { ...head, kind: 'text', value: draft.domain ?? suggestedDomain(draft.name) };
  }
}

/** Every Exchange version with its end of support; those already answered are picked. */
function sourceOptions(draft: Draft, locale: Locale): QuestionOption[] {
  return VERSIONS.map((v) => ({
    value: v,
    label: `Exchange ${v}`,
    description: supportText(locale, v, 'ask.version.detail'),
    picked: draft.sources?.includes(v) ?? false,
  }));
}

/** Microsoft 365 and each on-premises version to move to, with what the choice means. */
function targetOptions(locale: Locale): QuestionOption[] {
  const detail = (target: TargetChoice) =>
    target === 'online'
      ? say(locale, 'ask.target.online.detail')
      : supportText(locale, target, 'ask.target.version.detail');
  return TARGET_CHOICES.map((target) => ({ value: target, label: targetName(locale, target), detail: detail(target) }));
}

/** A version's end of support (message `id` with its date), or the Modern Lifecycle Policy (Exchange SE). */
function supportText(locale: Locale, version: ExchangeVersion, id: string): string {
  const end = VERSION_FACTS[version].endOfSupport;
  return end ? say(locale, id, { date: end }) : say(locale, 'ask.target.se.detail');
}

/** The next question to ask, or undefined when the answers are complete. */
export function nextQuestion(draft: Draft, locale: Locale = 'en'): Question | undefined {
  const id = ORDER.find((q) => !asked(draft, q));
  return id ? question(id, draft, locale) : undefined;
}

/** Checks a reply without applying it: the message to show, or undefined when it is fine. */
export function validateReply(id: QuestionId, reply: string | string[], locale: Locale = 'en'): string | undefined {
  const result = answerQuestion({}, id, reply, locale);
  return 'error' in result ? result.error : undefined;
}

type ReplyResult = { draft: Draft } | { error: string };

/** A reply as text (a list joined by commas) and as its comma-separated values. */
interface Reply {
  text: string;
  values: string[];
}

const yesNo =
  (id: 'publicFolders' | 'keepOnPremises') =>
  (draft: Draft, { text }: Reply, locale: Locale): ReplyResult => {
    if (text !== 'yes' && text !== 'no') return { error: say(locale, 'ask.invalid.yesNo', { value: text }) };
    return { draft: { ...draft, [id]: text === 'yes' } };
  };

/** How each question reads its reply: the draft with the answer, or the message to show. */
const REPLIES: Record<QuestionId, (draft: Draft, reply: Reply, locale: Locale) => ReplyResult> = {
  sources(draft, { text, values }, locale) {
    const picked = values.map((v) => (v.toUpperCase() === 'SE' ? 'SE' : v));
    if (picked.length === 0) return { error: say(locale, 'ask.invalid.sources') };
    if (!picked.every((v) => (VERSIONS as readonly string[]).includes(v)))
      return { error: say(locale, 'refuse.invalid.sources', { value: text }) };
    return { draft: { ...draft, sources: picked as Answers['sources'] } };
  },
  mailboxes(draft, { text }, locale) {
    const n = /^\d+$/.test(text.replace(/[\s,_]/g, '')) ? Number(text.replace(/[\s,_]/g, '')) : NaN;
    if (!Number.isInteger(n) || n < 1 || n > 1_000_000)
      return { error: say(locale, 'refuse.invalid.mailboxes', { value: text }) };
    return { draft: { ...draft, mailboxes: n } };
  },
  publicFolders: yesNo('publicFolders'),
  keepOnPremises: yesNo('keepOnPremises'),
  target(draft, { text }, locale) {
    const target = text.toUpperCase() === 'SE' ? 'SE' : text.toLowerCase();
    if (!(TARGET_CHOICES as readonly string[]).includes(target))
      return { error: say(locale, 'refuse.invalid.target', { value: text }) };
    const next: Draft = { ...draft, target: target as TargetChoice };
    if (target !== 'online') next.keepOnPremises = false;
    return { draft: next };
  },
  name(draft, { text }, locale) {
    if (text.length === 0 || text.length > 64 || !/[\p{L}\p{N}]/u.test(text) || /[\u0000-\u001f\u007f]/.test(text)) {
      return { error: say(locale, 'refuse.invalid.name', { value: text }) };
    }
    return { draft: { ...draft, name: text } };
  },
  domain(draft, { text }, locale) {
    const domain = text.toLowerCase();
    if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(domain))
      return { error: say(locale, 'refuse.invalid.domain', { value: text }) };
    return { draft: { ...draft, domain } };
  },
};

/** Applies a reply (option values for picks, text for inputs) to the draft. */
export function answerQuestion(
  draft: Draft,
  id: QuestionId,
  reply: string | string[],
  locale: Locale = 'en',
): ReplyResult {
  const text = Array.isArray(reply) ? reply.join(',') : reply.trim();
  const values = Array.isArray(reply)
    ? reply
    : reply
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean);
  return REPLIES[id](draft, { text, values }, locale);
}

/** True when the draft holds every answer the assistant needs. */
export function isComplete(draft: Draft): draft is Answers {
  return nextQuestion(draft) === undefined;
}

export interface PlanChoice {
  /** The method to generate with (online targets), undefined for on-premises plans. */
  method?: OnlineMethodChoice;
  label: string;
  description?: string;
  /** The reason, shown as the QuickPick item's detail. */
  detail: string;
  recommended: boolean;
}

/**
 * The choices to show after the interview: for Microsoft 365 targets the allowed methods,
 * the recommended one first, each with its reason; for on-premises the plan itself. Refused
 * methods are not offered; `refused` says why, for a tooltip or log. Undefined `choices`
 * with a `refusal` message when no runbook fits the answers.
 */
export function planChoices(
  answers: Answers,
  options: AssistantOptions = {},
): { choices: PlanChoice[]; refused: string[]; refusal?: string } {
  const locale = options.locale ?? 'en';
  const decision = decide({ ...answers, method: undefined }, options);
  if (!decision.ok) return { choices: [], refused: [], refusal: sentence(refusalText(decision.refusal)) };
  const rec = decision.recommendation;
  if (answers.target !== 'online') {
    return {
      choices: [
        {
          label: targetName(locale, answers.target),
          description: say(locale, 'ask.recommended'),
          detail: sentence(rec.reason),
          recommended: true,
        },
      ],
      refused: [],
    };
  }
  const ordered = [...rec.methods].sort(
    (a, b) =>
      Number(b.recommended) - Number(a.recommended) ||
      METHOD_CHOICES.indexOf(a.method) - METHOD_CHOICES.indexOf(b.method),
  );
  return {
    choices: ordered
      .filter((m) => m.allowed)
      .map((m) => ({
        method: m.method,
        label: methodName(locale, m.method),
        ...(m.recommended ? { description: say(locale, 'ask.recommended') } : {}),
        detail: sentence(m.reason),
        recommended: m.recommended,
      })),
    refused: ordered
      .filter((m) => !m.allowed)
      .map((m) => `${sentence(methodName(locale, m.method))} (${say(locale, 'ask.notPossible')}): ${m.reason}`),
  };
}

/** Answers given as a command argument (tests, other extensions): checked like typed ones. */
export function answersFrom(value: unknown, locale: Locale = 'en'): { answers: Draft } | { error: string } {
  if (typeof value !== 'object' || value === null) return { answers: {} };
  const input = value as Record<string, unknown>;
  let draft: Draft = {};
  for (const id of ORDER) {
    const raw = input[id];
    if (raw === undefined) continue;
    const reply = Array.isArray(raw) ? raw.map(String) : typeof raw === 'boolean' ? (raw ? 'yes' : 'no') : String(raw);
    const result = answerQuestion(draft, id, reply, locale);
    if ('error' in result) return result;
    draft = result.draft;
  }
  if (input.method !== undefined) {
    if (!(METHOD_CHOICES as readonly string[]).includes(String(input.method)))
      return { error: say(locale, 'refuse.invalid.method', { value: String(input.method) }) };
    draft.method = input.method as OnlineMethodChoice;
  }
  if (input.asOf !== undefined) {
    if (typeof input.asOf !== 'string' || !isIsoDate(input.asOf))
      return { error: say(locale, 'refuse.invalid.asOf', { value: String(input.asOf) }) };
    draft.asOf = input.asOf;
  }
  // `New Runbook from Inventory…` passes the inventory's servers as they are.
  const inv = input.inventory as Answers['inventory'] | undefined;
  if (inv && typeof inv === 'object' && Array.isArray(inv.servers)) draft.inventory = inv;
  return { answers: draft };
}
