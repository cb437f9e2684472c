/** The body of every error the API answers with. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  /** Stable, dotted code the client words in the reader's language (e.g. `checkout.total_changed`). */
  code?: string;
  details?: ApiErrorDetail[];
}

export interface ApiErrorDetail {
  field: string;
  messages: string[];
}
