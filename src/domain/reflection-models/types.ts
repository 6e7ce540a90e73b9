/**
 * A reflection model as data: its stages in order, each with the prompt a writer answers
 * (one journal field per stage) and the cue cards listeners may use in the group.
 */
export interface ReflectionStage {
  id: string;
  title: string;
  /** The question a practitioner answers for this stage, in a journal entry or aloud. */
  prompt: string;
  /** Questions listeners may ask the presenter at this stage: questions, never advice. */
  cueCards: string[];
  /** This stage's relative share of the time an incident phase gives to the model. */
  weight: number;
  /**
   * How the stage is held when a group analyses an incident (DESIGN.md §3): 'told' when the
   * presenter's uninterrupted telling stands for it (asking for the account again straight
   * after it would only repeat it); 'presenter' when it draws out actions, which are the
   * presenter's own to decide in individual reflection, not the group's to advise. Absent: the
   * group holds it with questions. A journal entry uses every stage whatever this says.
   */
  groupUse?: 'told' | 'presenter';
}

export type ModelUse = 'incident' | 'journal';

export interface ReflectionModel {
  id: string;
  name: string;
  /** One sentence: what the model helps with. */
  summary: string;
  /** Where it comes from, for the curious (authors, year). */
  source: string;
  uses: ModelUse[];
  stages: ReflectionStage[];
  /**
   * For models held over two workshops (Fook & Gardner): the id of the first stage that
   * belongs to the second part (reconstruction), so an incident can be carried forward.
   */
  secondPartFrom?: string;
}
