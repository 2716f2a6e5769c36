import type { DocComment } from "./comments";
import { classes } from "./styles";

/**
 * The document's comments beside the view (docx-preview shows them only on hover). Text, never HTML. The list
 * scrolls on its own, so it takes focus: keyboard users can scroll it too.
 */
export function CommentsList({ comments }: { comments: DocComment[] }): JSX.Element | null {
  if (comments.length === 0) return null;
  return (
    <section className={classes.comments} aria-label="Comments in the document" data-testid="comments" tabIndex={0}>
      <h2 className={classes.commentsTitle}>Comments ({comments.length})</h2>
      <ol className={classes.commentList}>
        {comments.map((comment) => (
          <li key={comment.id} className={classes.comment} data-testid="comment">
            <div className={classes.commentAuthor}>{comment.author || "Unknown author"}</div>
            <div className={classes.commentText}>{comment.text}</div>
          </li>
        ))}
      </ol>
    </section>
  );
}
