// Reading the data: one function fetches text, parsing lives in dataset.ts (reading is kept apart from parsing).

/** Where to load from: `?data=URL` (a `kg export --format json` file) or the server's API. */
export function dataSource(params: URLSearchParams): { url: string; mode: "api" | "static" } {
  const data = params.get("data");
  return data ? { url: data, mode: "static" } : { url: "api/graph", mode: "api" };
}

export async function fetchText(url: string): Promise<string> {
  const res = await fetch(url);
  const text = await res.text();
  if (!res.ok) {
    let message = `${res.status} ${res.statusText}`;
    try {
      message = (JSON.parse(text) as { error?: string }).error ?? message;
    } catch {
      /* not JSON: keep the status line */
    }
    throw new Error(`loading ${url} failed: ${message}`);
  }
  return text;
}
