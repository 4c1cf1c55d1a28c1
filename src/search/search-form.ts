/**
 * The wiring a search page and the provincial portal share: submitting the form or changing a filter runs a search
 * (and puts it in the address), the "more" button shows more results, going back runs the address's search again,
 * and the page opens with the search its address holds, its index loading meanwhile.
 */
export interface SearchFormParts<State> {
  readonly form: HTMLFormElement;
  readonly more: HTMLButtonElement;
  readonly readForm: () => State;
  readonly fromAddress: (params: URLSearchParams) => State;
  /** Runs a search; `push` puts it in the browser's history. */
  readonly run: (state: State, push: boolean) => Promise<void>;
  readonly showMore: () => Promise<void>;
  /** Loads what a first query of this state needs (Pagefind's start-up and page lists), so the query fetches only its chunks. */
  readonly preload: (state: State) => Promise<unknown>;
}

export function wireSearchForm<State>({ form, more, readForm, fromAddress, run, showMore, preload }: SearchFormParts<State>): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(readForm(), true);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).tagName === 'SELECT') void run(readForm(), true);
  });
  more.addEventListener('click', () => void showMore());
  const address = () => fromAddress(new URLSearchParams(location.search));
  window.addEventListener('popstate', () => void run(address(), false));
  const initial = address();
  void preload(initial).catch(() => undefined);
  void run(initial, false);
}
