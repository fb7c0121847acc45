/**
 * The public answer page: plain HTML forms that work without JavaScript, on a phone and with a
 * keyboard — every control has a label, radio groups are fieldsets with legends, errors are listed
 * at the top with links to their questions, colours pass WCAG AA contrast.
 */
import type { Answers, Question } from '../domain/index.ts';

export const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f4f5f7}
main{max-width:40rem;margin:0 auto;padding:1.5rem 1rem 3rem}
.card{background:#fff;border:1px solid #d0d5dd;border-radius:12px;padding:1.25rem 1.25rem 1.5rem}
h1{font-size:1.45rem;line-height:1.25;margin:0 0 .5rem}
p{margin:.25rem 0 1rem}
fieldset,.field{border:0;margin:0 0 1.5rem;padding:0}
legend,label.q{display:block;font-weight:600;margin-bottom:.5rem;padding:0}
.hint{color:#4a5361;font-size:.93rem;margin:-.25rem 0 .6rem}
.scale{display:flex;flex-wrap:wrap;gap:.35rem}
.scale label{position:relative}
.scale input{position:absolute;opacity:0;width:100%;height:100%;margin:0;cursor:pointer}
.scale span{display:flex;align-items:center;justify-content:center;min-width:2.6rem;height:2.6rem;border:2px solid #6b7280;border-radius:8px;background:#fff;font-weight:600}
.scale input:checked+span{background:#1d4ed8;border-color:#1d4ed8;color:#fff}
.scale input:focus-visible+span{outline:3px solid #f59e0b;outline-offset:2px}
.ends{display:flex;justify-content:space-between;color:#4a5361;font-size:.9rem;margin-top:.3rem}
textarea{width:100%;min-height:6rem;font:inherit;padding:.6rem;border:2px solid #6b7280;border-radius:8px}
textarea:focus-visible,button:focus-visible,a:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
button{font:inherit;font-weight:600;background:#1d4ed8;color:#fff;border:0;border-radius:8px;padding:.75rem 1.4rem;cursor:pointer}
.errors{border:2px solid #b42318;background:#fef3f2;border-radius:8px;padding:.75rem 1rem;margin-bottom:1.25rem}
.errors h2{font-size:1.05rem;margin:0 0 .4rem;color:#b42318}
.error{color:#b42318;font-weight:600;margin:0 0 .4rem}
.ok{border-left:4px solid #067647;padding-left:.9rem}
footer{color:#4a5361;font-size:.85rem;margin-top:1rem;text-align:center}
`;

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body><main>${body}<footer>Answers are sent to the team that looks after your account.</footer></main></body>
</html>`;
}

export type FormContext = {
  firstName: string;
  accountName: string;
  productName: string;
  questionnaireName: string;
  questions: Question[];
  values: Record<string, unknown>;
  errors: { questionId: string; message: string }[];
  action: string;
  closesOn: string;
  editing: boolean;
  saved: boolean;
};

const fill = (text: string, c: Pick<FormContext, 'productName' | 'accountName'>) =>
  text.replaceAll('{product}', c.productName).replaceAll('{company}', c.accountName);

function scale(q: Question, from: number, to: number, value: unknown, describedBy: string, invalid: boolean): string {
  const options: string[] = [];
  for (let n = from; n <= to; n++) {
    const checked = String(value ?? '') === String(n) ? ' checked' : '';
    options.push(
      `<label><input type="radio" name="${q.id}" value="${n}"${checked}${q.required ? ' required' : ''}${invalid ? ' aria-invalid="true"' : ''} aria-describedby="${describedBy}"><span>${n}</span></label>`,
    );
  }
  return `<div class="scale">${options.join('')}</div>`;
}

function question(q: Question, c: FormContext): string {
  const error = c.errors.find((e) => e.questionId === q.id);
  const errorHtml = error ? `<p class="error" id="${q.id}-error">${escapeHtml(fill(error.message, c))}</p>` : '';
  const prompt = escapeHtml(fill(q.prompt, c)) + (q.required ? '' : ' <span class="hint">(optional)</span>');
  const value = c.values[q.id];
  if (q.kind === 'text') {
    return `<div class="field" id="q-${q.id}"><label class="q" for="${q.id}">${prompt}</label>${errorHtml}
<textarea id="${q.id}" name="${q.id}" maxlength="5000"${q.required ? ' required' : ''}${error ? ` aria-describedby="${q.id}-error" aria-invalid="true"` : ''}>${escapeHtml(String(value ?? ''))}</textarea></div>`;
  }
  const [from, to, low, high] =
    q.kind === 'nps' ? [0, 10, 'Not at all likely', 'Extremely likely'] : [1, 5, q.lowLabel ?? 'Very poor', q.highLabel ?? 'Excellent'];
  const hintId = `${q.id}-hint`;
  const describedBy = error ? `${hintId} ${q.id}-error` : hintId;
  return `<fieldset id="q-${q.id}"><legend>${prompt}</legend>
<p class="hint" id="${hintId}">${from} = ${escapeHtml(low)}, ${to} = ${escapeHtml(high)}</p>${errorHtml}
${scale(q, from, to, value, describedBy, error !== undefined)}
<div class="ends" aria-hidden="true"><span>${escapeHtml(low)}</span><span>${escapeHtml(high)}</span></div></fieldset>`;
}

export function answerForm(c: FormContext): string {
  const errorSummary =
    c.errors.length > 0
      ? `<div class="errors" role="alert" tabindex="-1" id="errors"><h2>Please check ${c.errors.length === 1 ? 'one answer' : `${c.errors.length} answers`}</h2><ul>${c.errors
          .map((e) => `<li><a href="#q-${e.questionId}">${escapeHtml(fill(e.message, c))}</a></li>`)
          .join('')}</ul></div>`
      : '';
  const saved = c.saved
    ? `<p class="ok" role="status">Thank you — your answers are saved. You can change them here until ${c.closesOn}.</p>`
    : '';
  const intro = c.editing
    ? `You answered already; you can change your answers until ${c.closesOn}.`
    : `A few questions about how things are going for ${escapeHtml(c.accountName)}. It takes about two minutes.`;
  return page(
    `${c.questionnaireName} — ${c.accountName}`,
    `<div class="card">${saved}${errorSummary}<h1>Hello ${escapeHtml(c.firstName)}, how is it going?</h1><p>${intro}</p>
<form method="post" action="${escapeHtml(c.action)}" novalidate>
${c.questions.map((q) => question(q, c)).join('\n')}
<button type="submit">${c.editing ? 'Save my answers' : 'Send my answers'}</button>
</form></div>`,
  );
}

export function thankYou(c: { firstName: string; closesOn: string; action: string; edited: boolean }): string {
  return page(
    'Thank you',
    `<div class="card"><h1>Thank you, ${escapeHtml(c.firstName)}</h1>
<p role="status">${c.edited ? 'Your changes are saved.' : 'Your answers are saved.'} The team looking after your account will follow up with you.</p>
<p>Want to change something? <a href="${escapeHtml(c.action)}">Open your answers again</a> — you can edit them until ${c.closesOn}.</p></div>`,
  );
}

export function notice(title: string, text: string): string {
  return page(title, `<div class="card"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(text)}</p></div>`);
}

export const answersAsValues = (answers: Answers | undefined): Record<string, unknown> => ({ ...(answers ?? {}) });
