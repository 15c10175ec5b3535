import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';

import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { BrowserRouter } from 'react-router';

import { ApiProvider } from '../lib/api';
import { AppRoutes } from './routes';
import { theme } from './theme';

export function App() {
  // The router wraps everything, notifications included, so they may hold links.
  return (
    <BrowserRouter>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <ApiProvider>
          <Notifications position="top-right" />
          <AppRoutes />
        </ApiProvider>
      </MantineProvider>
    </BrowserRouter>
  );
}
