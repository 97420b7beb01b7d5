"""create users

Revision ID: 1a2b3c4d5e6f
Revises:
Create Date: 2024-01-02 09:00:00.000000

"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '1a2b3c4d5e6f'
down_revision: Union[str, None] = None
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.execute("CREATE TABLE users (id bigserial PRIMARY KEY, email text NOT NULL, "
               "note text DEFAULT '\:x')")
    op.execute(sa.text("""
        COMMENT ON TABLE users IS 'it''s users'
    """))


def downgrade() -> None:
    op.execute('DROP TABLE users')
