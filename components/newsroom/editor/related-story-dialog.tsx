'use client';

import { Modal } from '@/components/ui/modal';
import { StorySearch, type FoundStory } from '../story-search';

/** Finds a published story by its headline for a "See what's next" card. */
export function RelatedStoryDialog({ onPick, onClose }: { onPick: (story: FoundStory) => void; onClose: () => void }) {
  return (
    <Modal title="Add a related story" onClose={onClose}>
      <StorySearch onPick={onPick} autoFocus />
      <button type="button" onClick={onClose} className="mt-3 text-sm underline">
        Cancel
      </button>
    </Modal>
  );
}
