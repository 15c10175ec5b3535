import { Group, Pagination, Text } from '@mantine/core';

interface Props {
  offset: number;
  limit: number;
  totalCount: number;
  onChange: (offset: number) => void;
}

/** Page buttons for an `{offset, limit}` list, with "x–y of n". */
export function Pager({ offset, limit, totalCount, onChange }: Props) {
  if (totalCount === 0) return null;
  const pages = Math.max(1, Math.ceil(totalCount / limit));
  const page = Math.floor(offset / limit) + 1;
  const last = Math.min(offset + limit, totalCount);
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {offset + 1}–{last} of {totalCount}
      </Text>
      {pages > 1 ? (
        <Pagination
          size="sm"
          total={pages}
          value={page}
          onChange={(p) => onChange((p - 1) * limit)}
          getControlProps={(control) => ({ 'aria-label': `${control} page` })}
        />
      ) : null}
    </Group>
  );
}
