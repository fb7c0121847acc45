/** SegmentedControl with a visible label tied to its radiogroup, plus room for an error. */
import { Input, SegmentedControl, type SegmentedControlItem } from '@mantine/core';
import { useId } from 'react';

type Props = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  data: (string | SegmentedControlItem)[];
  error?: string;
  description?: string;
  disabled?: boolean;
  color?: string;
};

export function LabeledSegmented({ label, value, onChange, data, error, description, disabled, color }: Props) {
  const id = useId();
  return (
    <Input.Wrapper label={label} labelElement="div" id={id} error={error} description={description} labelProps={{ id: `${id}-label` }}>
      <SegmentedControl
        aria-labelledby={`${id}-label`}
        value={value}
        onChange={onChange}
        data={data}
        fullWidth
        disabled={disabled}
        color={color}
        mt={4}
      />
    </Input.Wrapper>
  );
}
