import { Component, type ReactNode } from 'react';
import i18n from '../i18n';

/** A screen that broke shows what happened and a way back, never a blank window. Saved data is unaffected. */
export class ErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="alert alert--error" role="alert">
        <p>{i18n.t('err.screen')}</p>
        <code>{this.state.error.message}</code>
        <button type="button" className="button button--secondary" onClick={() => window.location.reload()}>
          {i18n.t('common.reload')}
        </button>
      </div>
    );
  }
}
