import { Button, EmptyState } from '@mantine/core';
import { Link } from 'react-router';

export function NotFound() {
  return (
    <EmptyState
      title="Page not found"
      description="There is nothing at this address."
      py="xl"
    >
      <EmptyState.Actions>
        <Button component={Link} to="/">
          Go home
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
