import type { DocComment } from "./comments";
import { classes } from "./styles";

/** The document's comments beside the view (docx-preview shows them only on hover). Text, never HTML. */
export function CommentsList({ comments }: { comments: DocComment[] }): JSX.Element {
  return (
    <section className={classes.comments} aria-label="Comments in the document" data-testid="comments">
      <h2 className={classes.commentsTitle}>Comments ({comments.length})</h2>
      {comments.length === 0 ? <p>No comments.</p> : null}
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
