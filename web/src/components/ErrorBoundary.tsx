import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Alert, Button, Code } from '@mantine/core';

interface State {
  error: Error | null;
}

/** Shows a page's crash in place, keeping navigation usable. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('page crashed', error, info.componentStack);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <Alert color="red" title="This page failed to show" role="alert">
        <Code block mb="sm">
          {this.state.error.message}
        </Code>
        <Button size="xs" variant="light" onClick={() => this.setState({ error: null })}>
          Try again
        </Button>
      </Alert>
    );
  }
}
