import { createBrowserRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { createApolloClient } from './apollo-client';
import { AppProviders } from './providers';
import { routes } from './routes';

const client = createApolloClient();
const router = createBrowserRouter(routes);

export function App() {
  return (
    <AppProviders client={client}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
