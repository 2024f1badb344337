/*
 * The team database's validate_doc_update (docs/team-log.md), installed by
 * scripts/team-log-install.mjs as _design/rostrum. CouchDB runs it on every write, replication
 * included. It mirrors the export schema (lib/log/schema.ts, lib/team-log/team-doc.ts); the browsers
 * check everything again with zod, so this is the server's own defence, not the only one.
 * Plain ES5: CouchDB's JavaScript engine may be old.
 */
function validate(newDoc, oldDoc, userCtx, secObj) {
  var roles = userCtx.roles || [];
  var isAdmin = roles.indexOf('_admin') !== -1;

  // Who may write: a database admin, or a member (by name or role) who is not only a reader.
  if (!isAdmin) {
    if (!userCtx.name) throw { unauthorized: 'Log in to write to the team log.' };
    var members = (secObj && secObj.members) || {};
    var names = members.names || [];
    var memberRoles = members.roles || [];
    var isMember = names.indexOf(userCtx.name) !== -1;
    for (var r = 0; r < roles.length; r++) if (memberRoles.indexOf(roles[r]) !== -1) isMember = true;
    if (!isMember) throw { forbidden: 'Only members of this team database may write to it.' };
    if (roles.indexOf('rostrum-reader') !== -1) {
      throw { forbidden: 'This account may read the team log but not write to it.' };
    }
  }

  var METRICS = ['impressions', 'engagements', 'linkClicks', 'shares', 'replies', 'videoViews'];
  var TARGETS = ['posts'].concat(METRICS);
  var ENTRY_EDITS = ['text', 'platform', 'url', 'campaignId', 'tags', 'findings', 'tips', 'status'];
  ENTRY_EDITS.push('contentWarning');
  var CAMPAIGN_EDITS = ['name', 'objective', 'audience', 'keyMessages', 'hashtags', 'platforms'];
  CAMPAIGN_EDITS = CAMPAIGN_EDITS.concat(['dates', 'account', 'language', 'archived']);
  var i;
  for (i = 0; i < METRICS.length; i++) ENTRY_EDITS.push('metrics.' + METRICS[i]);
  for (i = 0; i < TARGETS.length; i++) CAMPAIGN_EDITS.push('targets.' + TARGETS[i]);
  var MAX_TIME = 7258118400000; // 2200-01-01T00:00:00Z, as lib/log/time-range.ts
  var ID = /^\S(.*\S)?$/;
  var PLATFORM = /^[a-z][a-z0-9-]{0,31}$/;
  var SIGNAL = /^[a-z0-9][a-z0-9-]{0,99}$/;
  var REPLICA = /^[A-Za-z0-9-]{1,64}$/;
  var DATE = /^\d{4}-\d{2}-\d{2}$/;
  var LANGUAGE = /^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$/;
  var WEB_URL = /^https?:\/\/\S+$/i;

  function refuse(where, what) {
    throw { forbidden: 'Not a Rostrum log document: ' + where + ' ' + what };
  }
  function isString(v, max) {
    return typeof v === 'string' && v.length <= max;
  }
  function isId(v) {
    return isString(v, 200) && v.length > 0 && ID.test(v);
  }
  function isTime(v) {
    return typeof v === 'number' && Math.floor(v) === v && v >= 0 && v < MAX_TIME;
  }
  function isCount(v) {
    return typeof v === 'number' && Math.floor(v) === v && v >= 0 && v <= 1000000000;
  }
  function onlyKeys(obj, allowed, where) {
    if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) refuse(where, 'is not an object.');
    for (var key in obj) {
      if (Object.prototype.hasOwnProperty.call(obj, key) && allowed.indexOf(key) === -1) {
        refuse(where, 'has an unknown field "' + key + '".');
      }
    }
  }
  function has(obj, keys, where) {
    for (var k = 0; k < keys.length; k++) if (!(keys[k] in obj)) refuse(where, 'lacks "' + keys[k] + '".');
  }
  function list(v, max, test, where) {
    if (!Array.isArray(v) || v.length > max) refuse(where, 'is not a list of at most ' + max + '.');
    var seen = {};
    for (var n = 0; n < v.length; n++) {
      if (!test(v[n])) refuse(where, 'has a bad item.');
      if (typeof v[n] === 'string') {
        if (seen['$' + v[n]] && where.indexOf('findings') === -1 && where.indexOf('tips') === -1) {
          refuse(where, 'repeats "' + v[n] + '".');
        }
        seen['$' + v[n]] = true;
      }
    }
  }
  function figures(v, keys, where) {
    onlyKeys(v, keys, where);
    for (var key in v)
      if (v[key] !== undefined && !isCount(v[key])) refuse(where + '.' + key, 'is not a count.');
  }
  function isTag(v) {
    return isString(v, 64) && v.length > 0 && ID.test(v);
  }
  function isHashtag(v) {
    return isString(v, 64) && v.length > 0 && !/[\s#,]/.test(v);
  }

  function checkEntry(e, where) {
    var keys = [
      'id',
      'text',
      'platform',
      'url',
      'campaignId',
      'tags',
      'findings',
      'tips',
      'status',
      'metrics',
    ];
    keys = keys.concat(['createdAt', 'updatedAt', 'contentWarning']);
    onlyKeys(e, keys, where);
    // Every key but the last: a post with no content warning has none.
    has(e, keys.slice(0, -1), where);
    if (e.contentWarning !== undefined && (!isString(e.contentWarning, 100000) || e.contentWarning === ''))
      refuse(where + '.contentWarning', 'is not a text of 1 to 100,000 characters.');
    if (!isId(e.id)) refuse(where + '.id', 'is not an id.');
    if (!isString(e.text, 100000)) refuse(where + '.text', 'is not a text of at most 100,000 characters.');
    if (typeof e.platform !== 'string' || !PLATFORM.test(e.platform))
      refuse(where + '.platform', 'is not a platform id.');
    if (!isString(e.url, 4096) || (e.url !== '' && !WEB_URL.test(e.url)))
      refuse(where + '.url', 'is not an http(s) link.');
    if (e.campaignId !== null && !isId(e.campaignId)) refuse(where + '.campaignId', 'is not an id.');
    list(e.tags, 50, isTag, where + '.tags');
    list(
      e.findings,
      200,
      function (s) {
        return typeof s === 'string' && SIGNAL.test(s);
      },
      where + '.findings',
    );
    list(
      e.tips,
      200,
      function (s) {
        return typeof s === 'string' && SIGNAL.test(s);
      },
      where + '.tips',
    );
    if (e.status !== 'draft' && e.status !== 'published')
      refuse(where + '.status', 'is not draft or published.');
    figures(e.metrics, METRICS, where + '.metrics');
    if (!isTime(e.createdAt) || !isTime(e.updatedAt)) refuse(where, 'has a bad time.');
  }

  function checkCampaign(c, where) {
    var keys = ['id', 'name', 'objective', 'audience', 'keyMessages', 'hashtags', 'platforms', 'startDate'];
    keys = keys.concat(['endDate', 'account', 'language', 'targets', 'archived', 'createdAt', 'updatedAt']);
    onlyKeys(c, keys, where);
    has(c, keys, where);
    if (!isId(c.id)) refuse(where + '.id', 'is not an id.');
    if (!isString(c.name, 120) || c.name.replace(/^\s+|\s+$/g, '') === '')
      refuse(where + '.name', 'is not a name.');
    var objectives = ['inform', 'explain', 'engage', 'consult', 'invite'];
    if (c.objective !== null && objectives.indexOf(c.objective) === -1)
      refuse(where + '.objective', 'is not an objective.');
    if (!isString(c.audience, 2000)) refuse(where + '.audience', 'is too long.');
    list(
      c.keyMessages,
      10,
      function (s) {
        return isString(s, 280) && s.length > 0;
      },
      where + '.keyMessages',
    );
    list(c.hashtags, 50, isHashtag, where + '.hashtags');
    list(
      c.platforms,
      20,
      function (s) {
        return typeof s === 'string' && PLATFORM.test(s);
      },
      where + '.platforms',
    );
    if (!DATE.test(c.startDate) || !DATE.test(c.endDate))
      refuse(where, 'has a date not in the form YYYY-MM-DD.');
    if (c.endDate < c.startDate) refuse(where + '.endDate', 'is before the start date.');
    if (c.account !== null && c.account !== 'institution' && c.account !== 'member')
      refuse(where + '.account', 'is not an account.');
    if (typeof c.language !== 'string' || !LANGUAGE.test(c.language))
      refuse(where + '.language', 'is not a language code.');
    figures(c.targets, TARGETS, where + '.targets');
    if (typeof c.archived !== 'boolean') refuse(where + '.archived', 'is not true or false.');
    if (!isTime(c.createdAt) || !isTime(c.updatedAt)) refuse(where, 'has a bad time.');
  }

  var colon = newDoc._id.indexOf(':');
  var kind = newDoc._id.slice(0, colon);
  var recordId = newDoc._id.slice(colon + 1);
  if (colon < 0 || (kind !== 'entry' && kind !== 'campaign') || !isId(recordId)) {
    refuse('_id', 'is not entry:<id> or campaign:<id>.');
  }
  if (newDoc._deleted === true) {
    onlyKeys(newDoc, ['_id', '_rev', '_revisions', '_deleted', 'kind', 'by', 'deletedAt'], 'the deletion');
    return;
  }
  var check = kind === 'entry' ? checkEntry : checkCampaign;
  var edits = kind === 'entry' ? ENTRY_EDITS : CAMPAIGN_EDITS;
  onlyKeys(
    newDoc,
    ['_id', '_rev', '_revisions', 'kind', 'format', 'version', 'by', 'edits', 'record', 'superseded'],
    'the document',
  );
  has(newDoc, ['kind', 'format', 'version', 'by', 'edits', 'record'], 'the document');
  if (newDoc.kind !== kind) refuse('kind', 'does not match the id.');
  if (newDoc.format !== 'rostrum-log' || newDoc.version !== 2)
    refuse('format', 'is not rostrum-log version 2.');
  if (typeof newDoc.by !== 'string' || !REPLICA.test(newDoc.by)) refuse('by', 'is not a replica id.');
  onlyKeys(newDoc.edits, edits, 'edits');
  for (var field in newDoc.edits)
    if (!isTime(newDoc.edits[field])) refuse('edits.' + field, 'is not a time.');
  check(newDoc.record, 'record');
  if (newDoc.record.id !== recordId) refuse('record.id', 'is not the id of the document.');
  var superseded = newDoc.superseded === undefined ? [] : newDoc.superseded;
  if (!Array.isArray(superseded) || superseded.length > 10)
    refuse('superseded', 'is not a list of at most 10.');
  for (i = 0; i < superseded.length; i++) {
    var s = superseded[i];
    var where = 'superseded[' + i + ']';
    if (s && s.reason === 'deleted') onlyKeys(s, ['rev', 'by', 'at', 'reason'], where);
    else if (s && s.reason === 'conflict') {
      onlyKeys(s, ['rev', 'by', 'at', 'reason', 'record'], where);
      check(s.record, where + '.record');
    } else refuse(where, 'has no reason.');
    if (!isString(s.rev, 200) || typeof s.by !== 'string' || !REPLICA.test(s.by) || !isTime(s.at)) {
      refuse(where, 'has a bad revision, replica or time.');
    }
  }
}
