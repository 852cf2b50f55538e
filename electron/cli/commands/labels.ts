// `kg labels`: which names entities are labelled with. Without --prefer it says the store's
// preference; with it, it keeps the new preference in the store and relabels every entity.
import { LABEL_PREFERENCES } from '../../../shared/domain';
import { labelPreference, setLabelPreference } from '../../core/store/index';
import { DB_OPTION, dbPath, type Command } from '../context';
import { openExisting, withDb } from '../open-db';

export const labelsCommand: Command = {
  name: 'labels',
  summary: `show or set the language entity labels prefer (${LABEL_PREFERENCES.join(', ')})`,
  usage: `kg labels [--prefer ${LABEL_PREFERENCES.join('|')}] [--db FILE]`,
  options: { ...DB_OPTION, prefer: { type: 'string' } },
  positionals: 'none',
  async run(ctx, values) {
    const prefer = values.prefer;
    await withDb(openExisting(dbPath(ctx, values)), (db) => {
      if (typeof prefer !== 'string') {
        ctx.out(`labels prefer: ${labelPreference(db)}`);
        return;
      }
      const renamed = setLabelPreference(db, prefer);
      ctx.out(`labels prefer: ${prefer} (${renamed} entities relabelled)`);
    });
    return 0;
  },
};
