// "Exchange Runbook: New Runbook…": the assistant's interview in QuickPicks and InputBoxes,
// the recommendation with its reason, then the generated runbook in an editor. The
// questions, their order and the checks on each reply come from the core
// (core/assistant/interview.ts); this file only asks them. Answers passed as the command's
// argument skip the questions they answer (tests pass all of them). This file is its own
// bundle (dist/lazy/newRunbook.js), loaded when the command first runs (./lazy.ts).
import * as vscode from 'vscode';
import {
  answerQuestion,
  Answers,
  answersFrom,
  Draft,
  GeneratedRunbook,
  isComplete,
  localDateIso,
  type Locale,
  newRunbook,
  nextQuestion,
  planChoices,
  Question,
  refusalText,
  say,
  sentence,
  validateReply,
} from '../core';

/** What the command returns: the opened document and what was generated (for tests and other extensions). */
export interface NewRunbookResult {
  document: vscode.TextDocument;
  runbook: GeneratedRunbook;
  /** Where the runbook was saved; undefined for an untitled document. */
  uri?: vscode.Uri;
}

/** exchangeRunbook.language: `auto` follows VS Code's display language. */
function assistantLocale(): Locale {
  const setting = vscode.workspace.getConfiguration('exchangeRunbook').get<string>('language', 'auto');
  if (setting === 'en' || setting === 'sv') return setting;
  return vscode.env.language.toLowerCase().startsWith('sv') ? 'sv' : 'en';
}

async function ask(question: Question, locale: Locale): Promise<string | string[] | undefined> {
  if (question.kind === 'multiPick' || question.kind === 'pick') {
    const items = (question.options ?? []).map((o) => ({
      label: o.label,
      description: o.description,
      detail: o.detail,
      picked: o.picked,
      value: o.value,
    }));
    if (question.kind === 'multiPick') {
      const picked = await vscode.window.showQuickPick(items, {
        title: question.title,
        placeHolder: question.prompt,
        canPickMany: true,
        ignoreFocusOut: true,
      });
      return picked?.map((p) => p.value);
    }
    const picked = await vscode.window.showQuickPick(items, {
      title: question.title,
      placeHolder: question.prompt,
      ignoreFocusOut: true,
    });
    return picked?.value;
  }
  return vscode.window.showInputBox({
    title: question.title,
    prompt: question.prompt,
    value: question.value,
    ignoreFocusOut: true,
    validateInput: (value) => validateReply(question.id, value, locale),
  });
}

/** Shows the plan (recommended method first, with its reason) and returns the chosen method. */
async function choosePlan(answers: Answers, locale: Locale): Promise<Answers | undefined> {
  const { choices, refused, refusal } = planChoices(answers, { locale });
  if (refusal) {
    void vscode.window.showErrorMessage(refusal);
    return undefined;
  }
  type Item = vscode.QuickPickItem & { method?: Answers['method']; refusedReason?: string };
  const items: Item[] = choices.map((c) => ({
    label: c.label,
    description: c.description,
    detail: c.detail,
    method: c.method,
  }));
  if (refused.length > 0) {
    items.push({ label: say(locale, 'ask.notPossible'), kind: vscode.QuickPickItemKind.Separator });
    for (const text of refused) {
      const [label, reason] = text.split(': ', 2);
      items.push({ label, detail: sentence(reason ?? ''), refusedReason: text });
    }
  }
  const title = answers.target === 'online' ? say(locale, 'ask.method.title') : say(locale, 'ask.confirm.title');
  const picked = await vscode.window.showQuickPick(items, {
    title,
    placeHolder: say(locale, 'ask.method.prompt'),
    matchOnDetail: true,
    ignoreFocusOut: true,
  });
  if (!picked) return undefined;
  if (picked.refusedReason) {
    void vscode.window.showErrorMessage(picked.refusedReason);
    return undefined;
  }
  return picked.method ? { ...answers, method: picked.method } : answers;
}

async function saveLocation(
  runbook: GeneratedRunbook,
  locale: Locale,
  requested: unknown,
): Promise<vscode.Uri | undefined> {
  if (typeof requested === 'string' && requested) return vscode.Uri.file(requested);
  if (requested instanceof vscode.Uri) return requested;
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  return vscode.window.showSaveDialog({
    title: say(locale, 'ui.saveTitle', { files: runbook.csvFiles.map((c) => c.path).join(', ') }),
    ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, runbook.fileName) } : {}),
    filters: { 'Exchange Runbook': ['yaml', 'yml'] },
  });
}

async function writeFiles(uri: vscode.Uri, runbook: GeneratedRunbook): Promise<void> {
  const encoder = new TextEncoder();
  const dir = vscode.Uri.joinPath(uri, '..');
  await vscode.workspace.fs.writeFile(uri, encoder.encode(runbook.text));
  for (const csv of runbook.csvFiles)
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(dir, csv.path), encoder.encode(csv.content));
}

export async function runNewRunbook(arg?: unknown): Promise<NewRunbookResult | undefined> {
  const locale = assistantLocale();
  const given = answersFrom(arg, locale);
  if ('error' in given) {
    void vscode.window.showErrorMessage(given.error);
    return undefined;
  }
  let draft: Draft = given.answers;
  const allGiven = isComplete(draft);
  for (let question = nextQuestion(draft, locale); question; question = nextQuestion(draft, locale)) {
    const reply = await ask(question, locale);
    if (reply === undefined) return undefined;
    const result = answerQuestion(draft, question.id, reply, locale);
    if ('error' in result) {
      // Pick lists cannot produce a bad value; an empty multi-pick can: ask again.
      void vscode.window.showWarningMessage(result.error);
      continue;
    }
    draft = result.draft;
  }
  let answers = draft as Answers;
  // Answers given in full (tests, scripts) take the recommendation unless they name a method.
  if (
    !allGiven ||
    (answers.method === undefined &&
      answers.target === 'online' &&
      (arg as { askMethod?: boolean } | undefined)?.askMethod)
  ) {
    const chosen = await choosePlan(answers, locale);
    if (!chosen) return undefined;
    answers = chosen;
  }
  const result = newRunbook(answers, { locale, today: localDateIso(new Date()) });
  if (!result.ok) {
    void vscode.window.showErrorMessage(sentence(refusalText(result.refusal)));
    return undefined;
  }
  const { runbook } = result;
  const requestedSave = (arg as { saveTo?: unknown } | undefined)?.saveTo;
  if (runbook.csvFiles.length > 0 || requestedSave !== undefined) {
    // A staged runbook needs its CSV files next to it: save both rather than open an untitled file.
    const uri = await saveLocation(runbook, locale, requestedSave);
    if (uri) {
      await writeFiles(uri, runbook);
      const document = await vscode.workspace.openTextDocument(uri);
      if (document.languageId !== 'exchange-runbook')
        await vscode.languages.setTextDocumentLanguage(document, 'exchange-runbook');
      await vscode.window.showTextDocument(document);
      return { document, runbook, uri };
    }
    void vscode.window.showWarningMessage(
      say(locale, 'ui.csvNotWritten', { files: runbook.csvFiles.map((c) => c.path).join(', ') }),
    );
  }
  const document = await vscode.workspace.openTextDocument({ language: 'exchange-runbook', content: runbook.text });
  await vscode.window.showTextDocument(document);
  return { document, runbook };
}
