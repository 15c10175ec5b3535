import { Center, Loader } from '@mantine/core';

/** Stands in for a page whose code is still on its way. */
export function PageLoader() {
  return (
    <Center py="xl" aria-busy="true">
      <Loader aria-label="Loading page" size="sm" />
    </Center>
  );
}
