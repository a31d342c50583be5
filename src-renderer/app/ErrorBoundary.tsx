import { Component, type ErrorInfo, type ReactNode } from 'react';
import { plainErrorMessage, technicalDetail } from './error-messages';
import { reportError } from './report-error';

interface Props {
  /** The area's name as the head knows it ("Budget"), or null for the whole app. */
  area: string | null;
  /** Changing this (e.g. the route) clears the error, so moving to another page recovers. */
  resetKey: string;
  onGoBack: () => void;
  children: ReactNode;
}

interface State {
  error: unknown;
  failedKey: string | null;
}

/**
 * Catches a rendering error in one area so the window never goes blank: the head sees what
 * happened in plain English, a way back, and the technical detail behind a disclosure. The
 * database is untouched by a rendering error, so what was saved is still there.
 */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failedKey: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error ?? new Error('Unknown error') };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.error && state.failedKey !== null && state.failedKey !== props.resetKey) return { error: null, failedKey: null };
    return null;
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    this.setState({ failedKey: this.props.resetKey });
    reportError(error, this.props.area ?? 'app', info.componentStack ?? undefined);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const where = this.props.area ? ` in ${this.props.area}` : '';
    return (
      <section className="error-panel" role="alert" aria-labelledby="error-panel-title">
        <h2 id="error-panel-title">Something went wrong{where}</h2>
        <p>
          Your data is safe: everything you had saved is still on this computer. {plainErrorMessage(error)}
        </p>
        <p className="actions">
          <button type="button" onClick={this.props.onGoBack}>
            Go back
          </button>
          <button type="button" className="secondary" onClick={() => this.setState({ error: null, failedKey: null })}>
            Try again
          </button>
        </p>
        <details>
          <summary>Details</summary>
          <pre>{technicalDetail(error)}</pre>
        </details>
      </section>
    );
  }
}
