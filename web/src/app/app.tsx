import { BrowserRouter } from 'react-router';
import { queryClient } from '@/lib/query-client';
import { AppProvider } from './provider';
import { AppRoutes } from './router';

export function App() {
  return (
    <AppProvider queryClient={queryClient}>
      {/* Without transitions a page whose code is still loading shows the loading message. */}
      <BrowserRouter useTransitions={false}>
        <AppRoutes />
      </BrowserRouter>
    </AppProvider>
  );
}
