import type { LiteratureItem } from '../../domain/types';

/** The reading in a pack: each item with where to find it and its questions. */
export function PackReading({ reading }: { reading: readonly LiteratureItem[] }) {
  return (
    <section aria-labelledby="pack-reading">
      <h2 id="pack-reading">Reading</h2>
      {reading.length === 0 && <p>No reading set for this workshop.</p>}
      {reading.map((item) => (
        <div key={item.id} class="pack-reading-item">
          <h3>{item.title.trim() || 'Untitled reading'}</h3>
          <p class="pack-citation">
            {[item.authors.trim(), item.year.trim() && `(${item.year.trim()})`, item.source.trim()]
              .filter(Boolean)
              .join(' ')}
          </p>
          {item.link.trim() && <p class="pack-link">{item.link.trim()}</p>}
          {item.summary.trim() && <p>{item.summary.trim()}</p>}
          {item.questions.length > 0 && (
            <>
              <h4>Questions to think about</h4>
              <ol>
                {item.questions.map((question, index) => (
                  <li key={index}>{question}</li>
                ))}
              </ol>
            </>
          )}
        </div>
      ))}
    </section>
  );
}
