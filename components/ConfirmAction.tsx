import { useEffect, useId, useRef, useState } from 'preact/hooks';

export interface ConfirmActionProps {
  /** The button that asks, e.g. "Delete everything…". */
  label: string;
  /** What the user is asked to confirm. */
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  /** Called only once the user confirmed. */
  onConfirm(): void;
  disabled?: boolean;
  /** 'danger' marks the asking and confirming buttons as destructive. */
  tone?: 'danger';
}

/**
 * A button that asks before it acts: pressed, it gives way to the question with a confirm and a cancel
 * button. Focus goes to cancel (a stray Enter then changes nothing), Escape cancels, and afterwards focus
 * is back on the button, so a keyboard user is never left on a button that vanished.
 */
export function ConfirmAction(props: ConfirmActionProps) {
  const id = useId();
  const [asking, setAsking] = useState(false);
  const askRef = useRef<HTMLButtonElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const answered = useRef(false);
  useEffect(() => {
    if (asking) cancelRef.current?.focus();
    else if (answered.current) {
      answered.current = false;
      askRef.current?.focus();
    }
  }, [asking]);
  const close = () => {
    answered.current = true;
    setAsking(false);
  };

  if (!asking) {
    return (
      <button
        ref={askRef}
        type="button"
        class={props.tone}
        disabled={props.disabled}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );
  }
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-question`}
      class="confirm"
      onKeyDown={(event) => {
        if (event.key === 'Escape') close();
      }}
    >
      <p id={`${id}-question`}>{props.question}</p>
      <div class="actions">
        <button
          type="button"
          class={props.tone}
          onClick={() => {
            close();
            props.onConfirm();
          }}
        >
          {props.confirmLabel}
        </button>
        <button ref={cancelRef} type="button" onClick={close}>
          {props.cancelLabel}
        </button>
      </div>
    </div>
  );
}
