/** Picks a 1–5 value (or none) with a labelled segmented control. */
import { VisuallyHidden } from '@mantine/core';
import { LabeledSegmented } from './labeled-segmented.tsx';

const DATA = [
  {
    value: '',
    label: (
      <>
        <span aria-hidden="true">—</span>
        <VisuallyHidden>Not rated</VisuallyHidden>
      </>
    ),
  },
  ...['1', '2', '3', '4', '5'].map((v) => ({ value: v, label: v })),
];

type Props = { label: string; description?: string; value: number | null; onChange: (value: number | null) => void; error?: string };

export function ScaleInput({ label, description, value, onChange, error }: Props) {
  return (
    <LabeledSegmented
      label={label}
      description={description}
      value={value == null ? '' : String(value)}
      onChange={(v) => onChange(v === '' ? null : Number(v))}
      data={DATA}
      error={error}
    />
  );
}
