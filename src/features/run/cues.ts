// The secondary and tertiary cues at a phase's end: a soft tone made with Web Audio (no
// sound files, nothing downloaded) and a short vibration where the device has one. The
// primary cue is visual, on the timer itself.

let context: AudioContext | undefined;

/** Browsers only allow sound after a tap: call this from Start, Resume or "Test sound". */
export function unlockAudio(): void {
  const Context = globalThis.AudioContext;
  if (!Context) return;
  context ??= new Context();
  if (context.state === 'suspended') void context.resume().catch(() => undefined);
}

/** Two gentle notes; the second lower for "time is up". */
export function playTone(kind: 'soon' | 'over'): void {
  if (!context) unlockAudio();
  if (!context) return;
  const notes = kind === 'soon' ? [660, 660] : [660, 440];
  notes.forEach((frequency, i) => {
    const start = context!.currentTime + i * 0.35;
    const oscillator = context!.createOscillator();
    const gain = context!.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.25, start + 0.03);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
    oscillator.connect(gain).connect(context!.destination);
    oscillator.start(start);
    oscillator.stop(start + 0.32);
  });
}

export function vibrate(): void {
  navigator.vibrate?.([150, 100, 150]);
}
