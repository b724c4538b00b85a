import Curriculum
import LearnerStore
import Markdown
