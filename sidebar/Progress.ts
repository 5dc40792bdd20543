/**
 * The progress dialog of a long generation: it calls generateContinue again and again, each
 * call a new Apps Script execution with its own time limit, until no tab remains.
 */
import { progressMessages as T } from '../src/core/messages/progress';
import type { GenerationStep } from '../src/core/workbook/generation-step';
import { callServer, closeHost } from './rpc';

const byId = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const fill = byId<HTMLDivElement>('fill');
const text = byId<HTMLDivElement>('text');
const continueButton = byId<HTMLButtonElement>('continue');
const closeButton = byId<HTMLButtonElement>('close');

byId('intro').textContent = T.progressIntro;
continueButton.textContent = T.progressContinue;
closeButton.textContent = T.progressClose;

function show(step: GenerationStep): void {
  fill.style.width = `${step.total ? Math.round((100 * step.done) / step.total) : 100}%`;
  text.className = step.ok ? '' : 'error';
  text.textContent = step.message;
}

function failed(): void {
  text.className = 'error';
  text.textContent = T.progressFailed;
  continueButton.hidden = false;
}

function step(): void {
  continueButton.hidden = true;
  callServer('generateContinue').then((result) => {
    if (!('total' in result)) return failed();
    show(result);
    if (result.ok && result.remaining > 0) step();
    else if (!result.ok) failed();
    else closeButton.hidden = false;
  }, failed);
}

continueButton.addEventListener('click', step);
closeButton.addEventListener('click', closeHost);
step();
