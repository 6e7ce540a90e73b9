import { useRef, useState } from 'preact/hooks';

interface Drag {
  index: number;
  startY: number;
  dy: number;
  target: number;
  /** Height of the dragged row plus the gap: how far the others step aside. */
  step: number;
}

/**
 * Reordering a list by dragging a handle, with a finger, a pen or a mouse (pointer events):
 * the row follows the pointer, the others step aside, and letting go moves it.
 */
export function useDragToReorder(count: number, onMove: (from: number, to: number) => void) {
  const listRef = useRef<HTMLOListElement>(null);
  const [drag, setDrag] = useState<Drag | null>(null);

  function start(event: PointerEvent, index: number) {
    const list = listRef.current;
    if (!list || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    const handle = event.currentTarget as HTMLElement;
    handle.setPointerCapture?.(event.pointerId);
    const boxes = [...list.children].map((row) => row.getBoundingClientRect());
    const own = boxes[index]!;
    const next = boxes[index + 1] ?? boxes[index - 1];
    const gap = next ? Math.abs(next.top - own.top) - own.height : 0;
    let current: Drag = {
      index,
      startY: event.clientY,
      dy: 0,
      target: index,
      step: own.height + gap,
    };
    setDrag(current);

    const follow = (moveEvent: PointerEvent) => {
      const dy = moveEvent.clientY - current.startY;
      const centre = own.top + own.height / 2 + dy;
      let target = boxes.findIndex((box) => centre < box.bottom);
      if (target === -1) target = count - 1;
      current = { ...current, dy, target };
      setDrag(current);
    };
    const finish = (isDrop: boolean) => () => {
      handle.removeEventListener('pointermove', follow);
      handle.removeEventListener('pointerup', drop);
      handle.removeEventListener('pointercancel', cancel);
      setDrag(null);
      if (isDrop && current.target !== current.index) onMove(current.index, current.target);
    };
    const drop = finish(true);
    const cancel = finish(false);
    handle.addEventListener('pointermove', follow);
    handle.addEventListener('pointerup', drop);
    handle.addEventListener('pointercancel', cancel);
  }

  function offsetFor(i: number): number {
    if (!drag) return 0;
    const { index, target, step, dy } = drag;
    if (i === index) return dy;
    if (index < target && i > index && i <= target) return -step;
    if (index > target && i >= target && i < index) return step;
    return 0;
  }

  return { listRef, start, offsetFor, draggingIndex: drag?.index ?? null };
}
