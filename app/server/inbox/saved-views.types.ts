export interface SavedView {
  id: number;
  name: string;
  /** The inbox's query string for the view. */
  query: string;
  shared: boolean;
  /** Whether the person asking owns it (and so may move or delete it). */
  own: boolean;
  /** Who saved a view shared by someone else. */
  ownerName: string;
}
