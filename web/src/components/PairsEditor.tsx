import { ActionIcon, Button, Group, Input, Stack, TextInput } from '@mantine/core';

export type Pair = Record<string, string>;

interface Props {
  /** The group's label, such as "Filters". */
  label: string;
  description?: string;
  value: Pair[];
  onChange: (value: Pair[]) => void;
  /** The two properties of each row and their labels. */
  keyName: string;
  valueName: string;
  keyLabel: string;
  valueLabel: string;
  valuePlaceholder?: string;
  error?: React.ReactNode;
  /** A row's field error, such as the server's `filters.0.field`. */
  rowError?: (index: number, name: string) => React.ReactNode;
  readOnly?: boolean;
}

/** Rows of two text fields (filter field and values, parameter name and value). */
export function PairsEditor(props: Props) {
  const { value, onChange, keyName, valueName, readOnly } = props;
  const update = (i: number, name: string, text: string) =>
    onChange(value.map((row, j) => (j === i ? { ...row, [name]: text } : row)));
  return (
    <Input.Wrapper label={props.label} description={props.description} error={props.error}>
      <Stack gap="xs" mt={4}>
        {value.map((row, i) => (
          <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
            <TextInput
              aria-label={`${props.keyLabel} ${i + 1}`}
              placeholder={props.keyLabel}
              value={row[keyName] ?? ''}
              onChange={(e) => update(i, keyName, e.currentTarget.value)}
              error={props.rowError?.(i, keyName)}
              readOnly={readOnly}
              style={{ flex: 1 }}
            />
            <TextInput
              aria-label={`${props.valueLabel} ${i + 1}`}
              placeholder={props.valuePlaceholder ?? props.valueLabel}
              value={row[valueName] ?? ''}
              onChange={(e) => update(i, valueName, e.currentTarget.value)}
              error={props.rowError?.(i, valueName)}
              readOnly={readOnly}
              style={{ flex: 2 }}
            />
            {readOnly ? null : (
              <ActionIcon
                variant="subtle"
                color="red"
                mt={4}
                aria-label={`Remove ${props.keyLabel.toLowerCase()} ${i + 1}`}
                onClick={() => onChange(value.filter((_, j) => j !== i))}
              >
                ×
              </ActionIcon>
            )}
          </Group>
        ))}
        {readOnly ? null : (
          <Button
            variant="light"
            size="xs"
            w="fit-content"
            onClick={() => onChange([...value, { [keyName]: '', [valueName]: '' }])}
          >
            Add {props.keyLabel.toLowerCase()}
          </Button>
        )}
      </Stack>
    </Input.Wrapper>
  );
}
