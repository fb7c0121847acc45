/** One heat-map cell: coverage as colour and mark, engagement over the limit as a red corner, sentiment as a dot. */
import { Tooltip } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { KeyboardEvent } from 'react';
import type { Persona } from '../../domain/labels.ts';
import type { HeatCell } from './coverage-api.ts';
import { cellSentence } from './coverage-format.ts';
import { SentimentDot } from './sentiment-dot.tsx';

export function cellMark(cell: HeatCell | null): string {
  if (!cell) return '·';
  if (cell.coverage === 'missing') return '✗';
  if (cell.coverage === 'too_few') return `${cell.count}/${cell.wanted}`;
  if (cell.coverage === 'not_required') return '–';
  return `✓ ${cell.count}`;
}

type Props = {
  accountId: string;
  accountName: string;
  persona: Persona;
  cell: HeatCell | null;
  limit: number | null;
  tabbable: boolean;
  position: string;
  onFocus: () => void;
  onKeyDown: (event: KeyboardEvent<HTMLAnchorElement>) => void;
};

export function HeatMapCell({ accountId, accountName, persona, cell, limit, tabbable, position, onFocus, onKeyDown }: Props) {
  const sentence = cell ? cellSentence(persona, cell, limit) : 'Not computed for this account';
  return (
    <Tooltip label={sentence} multiline maw={300} withArrow openDelay={150}>
      <Link
        to="/accounts/$accountId"
        params={{ accountId }}
        search={{ persona }}
        className="rp-heat-cell"
        data-coverage={cell?.coverage}
        data-breached={cell?.engagement === 'breached' || undefined}
        data-participation={cell?.participation}
        data-cell={position}
        tabIndex={tabbable ? 0 : -1}
        aria-label={`${accountName} — ${sentence}`}
        onFocus={onFocus}
        onKeyDown={onKeyDown}
      >
        <span aria-hidden="true">{cellMark(cell)}</span>
        {cell && cell.count > 0 && cell.sentiment ? <SentimentDot sentiment={cell.sentiment} source="measured" /> : null}
      </Link>
    </Tooltip>
  );
}
