/* The presenter console and the audience screen in step: a story's windows tell each other which chapter
 * they show. No server: a BroadcastChannel between the windows of one browser where it works, and window
 * messaging between a window and the console it opened (or its opener) where it does not (a page opened
 * from a USB key may have no channel between its windows). */

const root = globalThis;
const NAME = "atlas-story";

/** A link between the windows showing one story; onChapter(index, playing) when another window moved
 * (playing: it played the chapter's range).
 * @param {string} story
 * @param {(index: number, playing: boolean) => void} onChapter
 */
function storyLink(story, onChapter) {
  const me = Math.random().toString(36).slice(2);
  const windows = new Set();  // the consoles this window opened, and its opener
  if (root.opener) windows.add(root.opener);
  let channel = null;
  try {
    channel = root.BroadcastChannel ? new root.BroadcastChannel(NAME) : null;
  } catch { /* no channel from here: window messaging only */ }

  const seen = new Set();  // a message can come both ways: act on it once
  function receive(message) {
    if (!message || message.atlas !== NAME || message.story !== story || message.from === me) return;
    if (seen.has(message.id)) return;
    seen.add(message.id);
    onChapter(message.index, Boolean(message.playing));
  }
  if (channel) channel.onmessage = function (event) { receive(event.data); };
  root.addEventListener("message", function (event) {
    if (event.source && event.source !== /** @type {any} */ (root) && event.data && event.data.atlas === NAME) windows.add(event.source);
    receive(event.data);
  });

  let sent = 0;
  return {
    /** Tell the other windows this one now shows chapter index (and plays its range). */
    tell: function (index, playing) {
      sent += 1;
      const message = { atlas: NAME, story: story, index: index, playing: playing, from: me, id: me + ":" + sent };
      if (channel) channel.postMessage(message);
      windows.forEach(function (other) {
        try {
          if (!other.closed) other.postMessage(message, "*");  // "*": a page from disk has no origin to name
        } catch { /* closed meanwhile */ }
      });
    },
    /** Open the console for this story in another window, and keep it in step. */
    open: function (url) {
      const other = root.open(url, NAME + "-console");
      if (other) windows.add(other);
      return other;
    },
  };
}

export { storyLink };
