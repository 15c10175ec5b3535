import { useState } from 'react';
import { Box, Image } from '@mantine/core';
import { useInViewport } from '@mantine/hooks';
import { useQuery } from 'urql';

import { TableauViewThumbnailQuery } from './operations';

const SIZE = { w: 56, h: 36 };

/** A view's preview image, fetched once it is on screen; a grey box until then and on error. */
export function ViewThumbnail({ siteId, workbookId, viewId }: { siteId: string; workbookId: string; viewId: string }) {
  const { ref, inViewport } = useInViewport();
  const [seen, setSeen] = useState(false);
  // Once on screen, stay loaded (and cached) when scrolled away again.
  if (inViewport && !seen) setSeen(true);
  const [{ data }] = useQuery({
    query: TableauViewThumbnailQuery,
    variables: { siteId, workbookId, viewId },
    requestPolicy: 'cache-first',
    pause: !seen,
  });
  const src = data?.tableauViewThumbnail;
  return (
    <Box ref={ref} w={SIZE.w} h={SIZE.h} style={{ flex: 'none' }}>
      {src?.startsWith('data:image/') ? (
        <Image src={src} alt="" w={SIZE.w} h={SIZE.h} fit="cover" radius="xs" data-testid="view-thumbnail" />
      ) : (
        <Box w={SIZE.w} h={SIZE.h} bg="gray.2" style={{ borderRadius: 2 }} data-testid="view-thumbnail-placeholder" />
      )}
    </Box>
  );
}
