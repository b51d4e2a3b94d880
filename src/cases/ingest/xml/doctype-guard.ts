/**
 * Spots a DOCTYPE before the XML parser reads it. saxes only reports a doctype once it has
 * buffered the whole declaration, and an internal subset can be made as large as the
 * attacker likes; this scanner sees `<!DOCTYPE` as soon as it arrives. A DOCTYPE is only
 * legal in the prolog, so scanning stops at the root element (saxes rejects a later one).
 *
 * It follows just enough of the prolog (declaration, processing instructions, comments)
 * that `<!DOCTYPE` inside a comment is not mistaken for the real thing.
 */

type State = "text" | "lt" | "pi" | "piEnd" | "bang" | "comment" | "dash1" | "dash2" | "done";

const DOCTYPE = "DOCTYPE";
const COMMENT_OPEN = "--";

export class DoctypeGuard {
  private state: State = "text";
  private bang = "";
  private line = 1;
  private markupLine = 1;
  private afterCr = false;

  /** Returns the line of a DOCTYPE that starts in this text, or null. */
  scan(text: string): number | null {
    for (let i = 0; i < text.length && this.state !== "done"; i++) {
      const c = text[i] as string;
      this.countLine(c);
      switch (this.state) {
        case "text":
          if (c === "<") {
            this.state = "lt";
            this.markupLine = this.line;
          }
          break;
        case "lt":
          if (c === "?") this.state = "pi";
          else if (c === "!") {
            this.state = "bang";
            this.bang = "";
          } else this.state = "done";
          break;
        case "pi":
          if (c === "?") this.state = "piEnd";
          break;
        case "piEnd":
          if (c === ">") this.state = "text";
          else if (c !== "?") this.state = "pi";
          break;
        case "bang":
          this.bang += c;
          if (this.bang === COMMENT_OPEN) this.state = "comment";
          else if (DOCTYPE.startsWith(this.bang.toUpperCase())) {
            if (this.bang.length === DOCTYPE.length) {
              this.state = "done";
              return this.markupLine;
            }
          } else if (!COMMENT_OPEN.startsWith(this.bang)) this.state = "done";
          break;
        case "comment":
          if (c === "-") this.state = "dash1";
          break;
        case "dash1":
          this.state = c === "-" ? "dash2" : "comment";
          break;
        case "dash2":
          if (c === ">") this.state = "text";
          else if (c !== "-") this.state = "comment";
          break;
      }
    }
    return null;
  }

  /** Same line counting as saxes: CR LF, lone CR and LF each end one line. */
  private countLine(c: string): void {
    if (c === "\n") {
      if (!this.afterCr) this.line++;
      this.afterCr = false;
    } else if (c === "\r") {
      this.line++;
      this.afterCr = true;
    } else this.afterCr = false;
  }
}
